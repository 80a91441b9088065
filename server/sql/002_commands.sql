-- 002: customer consents, notes, the consent change log and the idempotency keys of commands.
-- Same rules as 001: SQL that SQLite and PostgreSQL both accept, no ';' inside a statement or comment.

-- A customer's consents as one canonical JSON array (written only through ConsentText, keys sorted as
-- QJsonDocument writes them). The customers feed copies the text as it is: a join over four consent rows
-- per customer would cost more than the rest of the row on a 2,000-customer page.
ALTER TABLE customers ADD COLUMN consents TEXT NOT NULL DEFAULT '[]';

-- No foreign key to customers: erasing a customer removes its notes with tombstones (CustomerService).
CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    text TEXT NOT NULL,
    author_staff_id TEXT,
    device_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE
);

CREATE INDEX notes_customer ON notes (customer_id);

-- Who changed which consent where and when: the proof a marketing consent needs. seq is the change
-- sequence number of the customer update that carried it.
CREATE TABLE consent_changes (
    seq BIGINT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    purpose TEXT NOT NULL,
    granted INTEGER NOT NULL,
    source TEXT NOT NULL,
    staff_id TEXT,
    device_id TEXT NOT NULL,
    changed_at TEXT NOT NULL
);

CREATE INDEX consent_changes_customer ON consent_changes (customer_id);

-- The first answer to each command, per device and Idempotency-Key, written in the transaction of the
-- command's effect so a retry after a lost answer gets it again instead of a second effect.
CREATE TABLE idempotency_keys (
    device_id TEXT NOT NULL,
    idem_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    headers TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (device_id, idem_key)
);

CREATE INDEX idempotency_keys_expires ON idempotency_keys (expires_at);
