-- 009_audit_refusals: audit entries the server refused (4xx other than 401/429) while uploading. They
-- stay in audit_log untouched and unsent (the append-only triggers stay as they are); this table only
-- says why, so later entries go on and the day-close check can list the refused one with its reason.
CREATE TABLE audit_upload_refusals (
    audit_id INTEGER PRIMARY KEY REFERENCES audit_log (id),
    code TEXT NOT NULL,
    http_status INTEGER NOT NULL,
    refused_at_utc TEXT NOT NULL
);
