-- 010_consent_events: the consents feed, every change of a customer's marketing consents (granted or withdrawn, when,
-- through which channel, in which store), so the counter shows a consent's whole history and the
-- timeline one entry per change. customer_consents keeps the current state per purpose.
-- Rows never change on the server (version is always 1). Same rules as 001 (see there).
CREATE TABLE consent_events (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    granted     INTEGER NOT NULL CHECK (granted IN (0, 1)),
    channel     TEXT NOT NULL,
    store_id    TEXT,
    changed_utc TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX consent_events_customer ON consent_events (customer_id, changed_utc);
