-- 008_audit_upload: every audit entry gets a UUID, its identity on the server (POST /v1/audit). A
-- repeated upload (lost answer, crash before marking it sent) is then harmless, and entries of a
-- re-created cache never collide with older ones. `synced` stays the per-row mark of "on the server".
-- Same rules as 001 (see there).

-- The update trigger is replaced so that it also protects uuid; meanwhile the old rows get theirs.
DROP TRIGGER audit_log_no_update;

ALTER TABLE audit_log ADD COLUMN uuid TEXT;

-- A version-4 UUID in SQL: 8-4-4-4-12 hex digits, "4" and one of 8, 9, a, b in their places.
UPDATE audit_log SET uuid = lower(
    hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));

CREATE UNIQUE INDEX audit_log_uuid ON audit_log (uuid);

CREATE TRIGGER audit_log_needs_uuid
BEFORE INSERT ON audit_log
WHEN NEW.uuid IS NULL OR NEW.uuid = ''
BEGIN
    SELECT RAISE(ABORT, 'an audit entry needs a uuid');
END;

CREATE TRIGGER audit_log_no_update
BEFORE UPDATE ON audit_log
WHEN NOT (OLD.synced = 0 AND NEW.synced = 1
          AND NEW.id IS OLD.id AND NEW.at_utc IS OLD.at_utc AND NEW.device_id IS OLD.device_id
          AND NEW.staff_id IS OLD.staff_id AND NEW.action IS OLD.action
          AND NEW.subject_type IS OLD.subject_type AND NEW.subject_id IS OLD.subject_id
          AND NEW.detail IS OLD.detail AND NEW.uuid IS OLD.uuid)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
