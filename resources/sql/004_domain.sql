-- 004_domain: the cache of every feed the desks need: stores, products (with EANs and a search
-- index), stock, orders, pickups, returns, carts, service contacts.
-- Same rules as 001 (see there): no BEGIN/COMMIT/user_version, ';' only at statement ends.
--
-- Rows keep what is queried in columns with indexes; lists (order lines, pickup notifications and
-- handovers, …) are JSON text in the API's wire format, decoded by the app/core codecs.
-- Times are ISO-8601 UTC with milliseconds, so text order is time order.

CREATE TABLE stores (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    time_zone  TEXT NOT NULL,
    street     TEXT,
    postcode   TEXT,
    city       TEXT,
    country    TEXT,
    phone      TEXT,
    version    INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT
);

-- The explicit INTEGER PRIMARY KEY keeps rowids stable across VACUUM; products_fts relies on them.
-- sku is not UNIQUE: a page may bring a SKU's new row before the tombstone of its old one.
CREATE TABLE products (
    rowid                 INTEGER PRIMARY KEY,
    id                    TEXT UNIQUE NOT NULL,
    sku                   TEXT NOT NULL,
    eans                  TEXT NOT NULL DEFAULT '', -- space-separated, in the feed's order
    name                  TEXT NOT NULL,
    brand                 TEXT NOT NULL,
    size                  TEXT,
    colour                TEXT,
    price_cents           INTEGER NOT NULL,
    currency              TEXT NOT NULL,
    vat_rate              INTEGER NOT NULL, -- hundredths of a percent: 19 % = 1900
    returnable            INTEGER NOT NULL CHECK (returnable IN (0, 1)),
    non_returnable_reason TEXT,
    version               INTEGER NOT NULL DEFAULT 0,
    updated_at            TEXT
);

CREATE INDEX products_sku ON products (sku);

-- A scanned barcode finds its product without the full-text index.
CREATE TABLE product_eans (
    ean        TEXT NOT NULL,
    product_id TEXT NOT NULL,
    PRIMARY KEY (ean, product_id)
) WITHOUT ROWID;

CREATE INDEX product_eans_product ON product_eans (product_id);

-- Search index, rowid = products.rowid, filled by ProductRepository with folded text
-- (SearchText::indexText), like customers_fts. Assortments are small next to customers, but the
-- first letters typed still merge most terms without prefix indexes.
CREATE VIRTUAL TABLE products_fts USING fts5 (
    name,
    brand,
    sku,
    eans,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3',
    columnsize = 0
);

-- id is "<sku>@<location>"; location is a store id or 'ONLINE'.
CREATE TABLE stock (
    id         TEXT PRIMARY KEY NOT NULL,
    sku        TEXT NOT NULL,
    location   TEXT NOT NULL,
    quantity   INTEGER NOT NULL,
    version    INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT
);

CREATE INDEX stock_sku_location ON stock (sku, location);

-- customer_id is NULL for guest orders and once the customer was erased on this device.
CREATE TABLE orders (
    id            TEXT PRIMARY KEY NOT NULL,
    order_no      TEXT NOT NULL,
    channel       TEXT NOT NULL,
    customer_id   TEXT,
    store_id      TEXT,
    placed_at     TEXT NOT NULL,
    lines_json    TEXT NOT NULL,
    payment_json  TEXT NOT NULL,
    totals_json   TEXT NOT NULL,
    gross_cents   INTEGER NOT NULL, -- totals.gross, for lists without decoding totals_json
    currency      TEXT NOT NULL,
    fulfilment    TEXT NOT NULL,
    delivered_at  TEXT,
    state         TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0,
    updated_at    TEXT
);

CREATE INDEX orders_order_no ON orders (order_no);
CREATE INDEX orders_customer ON orders (customer_id, placed_at);

-- pickup_code_hash is a PinHash descriptor; it never leaves this table (not in logs or diagnostics).
CREATE TABLE pickups (
    id                      TEXT PRIMARY KEY NOT NULL,
    order_no                TEXT NOT NULL,
    customer_id             TEXT,
    store_id                TEXT NOT NULL,
    state                   TEXT NOT NULL,
    lines_json              TEXT NOT NULL,
    shelf                   TEXT,
    deadline                TEXT,
    pickup_code_hash        TEXT NOT NULL,
    authorised_persons_json TEXT NOT NULL,
    notifications_json      TEXT NOT NULL,
    handovers_json          TEXT NOT NULL,
    version                 INTEGER NOT NULL DEFAULT 0,
    updated_at              TEXT
);

-- The pickup desk's queue: this store, one state, soonest deadline first.
CREATE INDEX pickups_store_state ON pickups (store_id, state, deadline);
CREATE INDEX pickups_order_no ON pickups (order_no);
CREATE INDEX pickups_customer ON pickups (customer_id);

-- Returns name no customer; "by customer" goes through orders.customer_id.
CREATE TABLE returns (
    id                 TEXT PRIMARY KEY NOT NULL,
    order_no           TEXT NOT NULL,
    store_id           TEXT,
    channel            TEXT NOT NULL,
    requester_staff_id TEXT,
    lines_json         TEXT NOT NULL,
    refund_method      TEXT NOT NULL,
    refund_cents       INTEGER NOT NULL,
    refund_currency    TEXT NOT NULL,
    approvals_json     TEXT NOT NULL,
    state              TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 0,
    updated_at         TEXT
);

CREATE INDEX returns_order_no ON returns (order_no, created_at);

CREATE TABLE carts (
    id           TEXT PRIMARY KEY NOT NULL,
    customer_id  TEXT,
    store_id     TEXT,
    origin       TEXT NOT NULL,
    lines_json   TEXT NOT NULL,
    handoff_code TEXT,
    version      INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT
);

CREATE INDEX carts_customer ON carts (customer_id, updated_at);

CREATE TABLE service_contacts (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL,
    channel     TEXT NOT NULL,
    subject     TEXT NOT NULL,
    at          TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT
);

CREATE INDEX service_contacts_customer ON service_contacts (customer_id, at);
