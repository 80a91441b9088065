-- 006: the devices' audit trails (POST /v1/audit), one row per local audit entry.
-- Same rules as 001: SQL that SQLite and PostgreSQL both accept, no ';' inside a statement or comment.

-- Append-only: the server has no UPDATE or DELETE path for this table (AuditStore only inserts, and a
-- repeated entry is ignored), so what a device reported stays as it came. entry_id is the device's own
-- id for the entry (a UUID made when it was written); with device_id it makes a repeat harmless.
-- store_id is the device's store at the time of the upload, taken from the token, not from the body.
-- detail is JSON with ids, amounts and rule names only (clients send no names, PINs or tokens).
CREATE TABLE audit_entries (
    device_id TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    local_id BIGINT NOT NULL,
    store_id TEXT,
    staff_id TEXT,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT,
    subject_id TEXT,
    detail TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (device_id, entry_id)
);

CREATE INDEX audit_entries_store_at ON audit_entries (store_id, at);
