-- 002_outbox: the durable outbox of local changes, cached consents and cached notes.
-- Same rules as 001 (see there): no BEGIN/COMMIT/user_version, ';' only at statement ends.

-- The 001 outbox was a placeholder nothing ever wrote to (no method/path to send), so it is
-- rebuilt rather than copied.
DROP TABLE outbox;

-- One local change waiting to be sent, written in the same transaction as the cache row it changes.
-- Rows are sent in id order per (entity, entity_id); AUTOINCREMENT so an id is never reused and
-- "older" always means "smaller id", also after rows were removed.
--  state: pending     waiting to be sent (also after a crash during 'sending')
--         sending     request under way; back to pending on the next push (the key makes it safe)
--         failed      network error, 5xx or 429; retried at next_attempt_utc
--         conflict    409/412/422: a person resolves it; blocks later rows of the same entity
--         quarantined any other 4xx: will never succeed as is; later rows go on
--         done        accepted by the server
--         discarded   dropped by a person (reason in last_error_detail)
CREATE TABLE outbox (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key   TEXT NOT NULL UNIQUE,                -- UUID v4, made when the row is written
    entity            TEXT NOT NULL CHECK (entity IN ('customer')),
    entity_id         TEXT NOT NULL,
    command           TEXT NOT NULL CHECK (command IN ('note.add', 'consent.set')),
    method            TEXT NOT NULL,
    path              TEXT NOT NULL,                       -- percent-encoded, below the base URL
    payload           TEXT NOT NULL,                       -- JSON request body
    if_match          INTEGER,                             -- the version the change is based on
    staff_id          TEXT,
    local_ref         TEXT,                                -- JSON the client needs locally (undo data)
    state             TEXT NOT NULL DEFAULT 'pending'
                      CHECK (state IN ('pending', 'sending', 'failed', 'conflict', 'quarantined', 'done',
                                       'discarded')),
    attempts          INTEGER NOT NULL DEFAULT 0,          -- requests started
    next_attempt_utc  TEXT,                                -- ISO-8601 UTC with ms; NULL = at once
    last_error_code   TEXT,
    last_error_detail TEXT,
    server_status     INTEGER,
    server_body       TEXT,                                -- the server's answer, capped
    created_utc       TEXT NOT NULL,
    updated_utc       TEXT NOT NULL
);

CREATE INDEX outbox_state_next ON outbox (state, next_attempt_utc);
CREATE INDEX outbox_entity ON outbox (entity, entity_id, id);

-- The consents of cached customers; replaced whole whenever the customer row is written.
CREATE TABLE customer_consents (
    customer_id TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    granted     INTEGER NOT NULL,
    changed_utc TEXT,
    source      TEXT,
    PRIMARY KEY (customer_id, purpose)
) WITHOUT ROWID;

-- Notes about customers. A note added on this device exists with id NULL, local_id = the
-- idempotency key of its outbox row and pending = 1 until the server's note replaces it.
CREATE TABLE notes (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT UNIQUE,
    local_id        TEXT UNIQUE,
    customer_id     TEXT NOT NULL,
    text            TEXT NOT NULL,
    author_staff_id TEXT,
    created_utc     TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 0,
    pending         INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX notes_customer ON notes (customer_id, created_utc);
