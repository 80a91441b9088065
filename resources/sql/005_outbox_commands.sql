-- 005: the outbox takes the desks' commands (returns now; pickups and carts next), not only changes
-- to customers. SQLite cannot change a CHECK constraint in place, so the table is rebuilt and its
-- rows copied with their ids; the AUTOINCREMENT counter follows, so an id is still never reused.

CREATE TABLE outbox_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key   TEXT NOT NULL UNIQUE,
    entity            TEXT NOT NULL CHECK (entity IN ('customer', 'order', 'pickup', 'cart')),
    entity_id         TEXT NOT NULL,
    command           TEXT NOT NULL CHECK (command IN ('note.add', 'consent.set', 'return.create',
                                                       'pickup.ready', 'pickup.notify', 'pickup.handover',
                                                       'pickup.return_to_stock', 'cart.put')),
    method            TEXT NOT NULL,
    path              TEXT NOT NULL,
    payload           TEXT NOT NULL,
    if_match          INTEGER,
    staff_id          TEXT,
    local_ref         TEXT,
    state             TEXT NOT NULL DEFAULT 'pending'
                      CHECK (state IN ('pending', 'sending', 'failed', 'conflict', 'quarantined', 'done',
                                       'discarded')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_utc  TEXT,
    last_error_code   TEXT,
    last_error_detail TEXT,
    server_status     INTEGER,
    server_body       TEXT,
    created_utc       TEXT NOT NULL,
    updated_utc       TEXT NOT NULL
);

INSERT INTO outbox_new SELECT * FROM outbox;

-- Keep the counter where it was, also when the newest rows were removed.
UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'outbox')
WHERE name = 'outbox_new' AND seq < (SELECT seq FROM sqlite_sequence WHERE name = 'outbox');

INSERT INTO sqlite_sequence (name, seq)
SELECT 'outbox_new', seq FROM sqlite_sequence WHERE name = 'outbox'
AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox_new');

DROP TABLE outbox;

ALTER TABLE outbox_new RENAME TO outbox;

CREATE INDEX outbox_state_next ON outbox (state, next_attempt_utc);
CREATE INDEX outbox_entity ON outbox (entity, entity_id, id);
