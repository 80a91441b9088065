-- 011_pick_progress: the pick list of a pickup being prepared, kept on this device until "ready for pickup" sends
-- it: per order line the pieces confirmed (scan or tick) and those marked unavailable with their
-- reason (not_found, damaged, stock_incorrect). Survives a restart or a lock; the ready command
-- carries the unavailable pieces to the server and removes the rows. No customer data.
CREATE TABLE pick_progress (
    pickup_id   TEXT NOT NULL,
    line_id     TEXT NOT NULL,
    picked      INTEGER NOT NULL DEFAULT 0 CHECK (picked >= 0),
    unavailable INTEGER NOT NULL DEFAULT 0 CHECK (unavailable >= 0),
    reason      TEXT,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (pickup_id, line_id)
);
