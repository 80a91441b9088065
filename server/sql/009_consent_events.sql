-- 009_consent_events: every consent change as its own row, served by the consents feed, so a device can show the
-- whole history of a consent (the customer row keeps only the latest state per purpose). Replaces
-- consent_changes, whose rows move over with the store of the device that recorded them.
-- Same rules as 001: SQL that SQLite and PostgreSQL both accept, no semicolon inside a statement.

-- channel: where the customer gave or withdrew it (webshop, app, store, phone, marketplace:<name>).
-- store_id: the store, when it happened in one. staff_id and device_id stay on the server (proof).
-- Rows never change: version is always 1 on the wire, updated_at is changed_at. No foreign key to
-- customers: erasing a customer deletes its rows with tombstones (ConsentEventLog).
CREATE TABLE consent_events (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    purpose TEXT NOT NULL,
    granted INTEGER NOT NULL,
    channel TEXT NOT NULL,
    store_id TEXT,
    staff_id TEXT,
    device_id TEXT,
    changed_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE
);

CREATE INDEX consent_events_customer ON consent_events (customer_id);

INSERT INTO consent_events (id, customer_id, purpose, granted, channel, store_id, staff_id, device_id,
                            changed_at, seq)
SELECT 'consent-' || CAST(c.seq AS TEXT), c.customer_id, c.purpose, c.granted, c.source,
       CASE WHEN c.source = 'store' THEN d.store_id ELSE NULL END, c.staff_id, c.device_id, c.changed_at,
       c.seq
FROM consent_changes c LEFT JOIN devices d ON d.id = c.device_id;

DROP TABLE consent_changes;
