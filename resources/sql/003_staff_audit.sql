-- 003_staff_audit: staff who may sign in offline, their wrong-PIN throttle, the append-only audit log.
-- Same rules as 001 (see there): no BEGIN/COMMIT/user_version, ';' only at statement ends.

-- Filled by the staff feed (GET /v1/sync/staff). pin_hash is a PinHash descriptor (JSON);
-- it never leaves this table (not in logs, diagnostics or the audit log).
CREATE TABLE staff (
    id           TEXT PRIMARY KEY NOT NULL,
    store_id     TEXT,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('associate', 'manager')),
    badge_code   TEXT,
    pin_hash     TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1,
    version      INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT
);

CREATE INDEX staff_badge ON staff (badge_code);

-- Wrong PINs per person, kept here so that restarting the client does not reset the lock.
-- No foreign key to staff: a tombstoned person's lock may outlive the row without harm.
CREATE TABLE sign_in_attempts (
    staff_id         TEXT PRIMARY KEY NOT NULL,
    failures         INTEGER NOT NULL DEFAULT 0,
    lockouts         INTEGER NOT NULL DEFAULT 0,
    locked_until_utc TEXT
) WITHOUT ROWID;

-- Who did what on this device. detail is JSON without personal data (ids, amounts, rule names).
-- Append-only: the triggers below refuse every change except marking a row as sent to the server.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at_utc       TEXT NOT NULL, -- ISO-8601 UTC with ms
    device_id    TEXT,
    staff_id     TEXT,
    action       TEXT NOT NULL,
    subject_type TEXT,
    subject_id   TEXT,
    detail       TEXT NOT NULL DEFAULT '{}',
    synced       INTEGER NOT NULL DEFAULT 0 CHECK (synced IN (0, 1))
);

CREATE INDEX audit_log_at ON audit_log (at_utc);
CREATE INDEX audit_log_action ON audit_log (action, at_utc);
CREATE INDEX audit_log_staff ON audit_log (staff_id, at_utc);
CREATE INDEX audit_log_unsynced ON audit_log (synced, id);

CREATE TRIGGER audit_log_no_update
BEFORE UPDATE ON audit_log
WHEN NOT (OLD.synced = 0 AND NEW.synced = 1
          AND NEW.id IS OLD.id AND NEW.at_utc IS OLD.at_utc AND NEW.device_id IS OLD.device_id
          AND NEW.staff_id IS OLD.staff_id AND NEW.action IS OLD.action
          AND NEW.subject_type IS OLD.subject_type AND NEW.subject_id IS OLD.subject_id
          AND NEW.detail IS OLD.detail)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete
BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
