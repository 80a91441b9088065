-- 001: stores, devices, enrollment codes, customers, the global change sequence and tombstones.
-- Kept to SQL that SQLite and PostgreSQL both accept (TEXT, BIGINT, ON CONFLICT) so QPSQL can follow.
-- The migration runner splits on ';', so no statement may contain one (no triggers here).

CREATE TABLE change_seq (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
);

INSERT INTO change_seq (id, value) VALUES (1, 0);

CREATE TABLE stores (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE
);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    store_id TEXT NOT NULL REFERENCES stores (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT
);

CREATE TABLE enrollment_codes (
    code_hash TEXT PRIMARY KEY,
    store_id TEXT NOT NULL REFERENCES stores (id),
    created_at TEXT NOT NULL,
    used_at TEXT,
    device_id TEXT REFERENCES devices (id)
);

CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    customer_no TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    street TEXT NOT NULL,
    postcode TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    loyalty_card TEXT UNIQUE,
    loyalty_tier TEXT NOT NULL,
    loyalty_points BIGINT NOT NULL,
    preferred_store_id TEXT REFERENCES stores (id),
    customer_since TEXT,
    version BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE
);

-- One row per deleted feed row; re-creating the row removes it again.
CREATE TABLE tombstones (
    feed TEXT NOT NULL,
    id TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE,
    deleted_at TEXT NOT NULL,
    PRIMARY KEY (feed, id)
);

CREATE INDEX tombstones_feed_seq ON tombstones (feed, seq);
