-- 007: the server's audit trail is append-only in the database itself, not only by convention: an
-- UPDATE or DELETE of an audit_entries row fails, whoever sends it (a bug, a script, a support tool).
-- This file is the SQLite form (RAISE inside a trigger body). PostgreSQL runs
-- postgresql/007_audit_append_only.sql instead, which also refuses TRUNCATE.
-- A repeated upload stays harmless: INSERT … ON CONFLICT DO NOTHING touches no row.

CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'audit_entries is append-only');
END;

CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'audit_entries is append-only');
END;
