-- 003: staff of the stores, served per store by the staff feed (GET /v1/sync/staff).
-- Same rules as 001: SQL that SQLite and PostgreSQL both accept, no ';' inside a statement or comment.

-- pin_hash is the PinHash descriptor as canonical JSON text (keys sorted, as QJsonDocument writes
-- them), copied into the feed as it is. It is never logged.
CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    store_id TEXT NOT NULL REFERENCES stores (id),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    badge_code TEXT UNIQUE,
    pin_hash TEXT NOT NULL,
    active INTEGER NOT NULL,
    version BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE
);

CREATE INDEX staff_store_seq ON staff (store_id, seq);
