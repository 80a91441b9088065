-- 001_initial: settings, sync state, the customer cache with its FTS5 search index, the outbox.
--
-- How migration files are run (app/store/Migrations.cpp):
--  * The runner wraps the whole file in BEGIN IMMEDIATE … COMMIT together with
--    PRAGMA user_version = <file number>. Do not write BEGIN/COMMIT/user_version here, and no
--    statement that cannot run inside a transaction (PRAGMA journal_mode, VACUUM).
--  * The file is split into statements at ';' outside quotes and comments. A CREATE TRIGGER runs
--    to the ';' after its closing END (BEGIN/CASE … END are counted), so ';' inside a trigger body
--    is fine. Quote identifiers that are named like the keywords BEGIN, CASE or END.
--  * A released migration never changes; fix things in a new, higher-numbered file.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE TABLE sync_state (
    feed          TEXT PRIMARY KEY NOT NULL,
    cursor        TEXT,
    last_sync_utc TEXT -- ISO-8601 UTC with milliseconds, so max() over the text is the latest
);

-- The explicit INTEGER PRIMARY KEY keeps rowids stable across VACUUM; customers_fts relies on them.
CREATE TABLE customers (
    rowid              INTEGER PRIMARY KEY,
    id                 TEXT UNIQUE NOT NULL,
    customer_no        TEXT,
    first_name         TEXT,
    last_name          TEXT,
    email              TEXT,
    phone              TEXT, -- E.164
    street             TEXT,
    postcode           TEXT,
    city               TEXT,
    country            TEXT,
    loyalty_card       TEXT,
    loyalty_tier       TEXT,
    loyalty_points     INTEGER NOT NULL DEFAULT 0,
    preferred_store_id TEXT,
    customer_since     TEXT, -- ISO date
    version            INTEGER NOT NULL DEFAULT 0,
    updated_at         TEXT  -- ISO-8601 UTC
);

-- Scanned barcodes and typed numbers look customers up directly, without the full-text index.
CREATE INDEX customers_customer_no ON customers (customer_no);
CREATE INDEX customers_loyalty_card ON customers (loyalty_card);

-- Search index, rowid = customers.rowid. Filled by CustomerRepository with folded text
-- (SearchText::indexText / phoneKey), which is why it is not an external-content table.
-- prefix='1 2 3': FTS5 answers a prefix without a prefix index by merging the doclists of every
-- matching term before the first row comes out, whatever the LIMIT; for the first letter typed
-- that is a large part of the index (tens of ms at 200k customers, ~1 ms with the index).
-- loyalty_card is UNINDEXED: card numbers are issued in sequence and share long prefixes, so a
-- typed card prefix would merge most card terms; cards are searched by range on
-- customers_loyalty_card instead.
-- columnsize=0: nothing ranks with bm25 (DESIGN §7), so the per-row size record is dead weight.
CREATE VIRTUAL TABLE customers_fts USING fts5 (
    name,
    email,
    phone_key,
    customer_no,
    loyalty_card UNINDEXED,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3',
    columnsize = 0
);

-- Local changes waiting to be sent; written in the same transaction as the cache row they change.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    idempotency_key  TEXT UNIQUE NOT NULL,
    entity           TEXT,
    entity_id        TEXT,
    command          TEXT,
    payload          TEXT,
    state            TEXT NOT NULL DEFAULT 'pending', -- 'pending', 'sending', 'failed' count as pending changes
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_utc TEXT,
    last_error       TEXT,
    created_utc      TEXT
);

CREATE INDEX outbox_state ON outbox (state, id);
