-- 004: the retail domain behind the feeds stores, products, stock, orders, pickups, returns, carts and
-- contacts (docs/api/openapi.yaml). Same rules as 001: SQL that SQLite and PostgreSQL both accept, no
-- semicolon inside a statement or comment. Nested parts (order lines, payment, totals, pickup lines …)
-- are stored as canonical JSON text (keys sorted, as QJsonDocument writes them) and copied into the
-- feeds as they are. Every table has id, version, updated_at and a unique seq from change_seq.

ALTER TABLE stores ADD COLUMN street TEXT;
ALTER TABLE stores ADD COLUMN postcode TEXT;
ALTER TABLE stores ADD COLUMN city TEXT;
ALTER TABLE stores ADD COLUMN country TEXT;
ALTER TABLE stores ADD COLUMN phone TEXT;

-- eans: JSON array of strings. vat_rate in hundredths of a percent (1900 = 19 %).
CREATE TABLE products (
    id TEXT PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    eans TEXT NOT NULL,
    name TEXT NOT NULL,
    brand TEXT NOT NULL,
    size TEXT,
    colour TEXT,
    price_cents BIGINT NOT NULL,
    currency TEXT NOT NULL,
    vat_rate INTEGER NOT NULL,
    returnable INTEGER NOT NULL,
    non_returnable_reason TEXT,
    version BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE
);

-- id is sku@location. location is a store id or ONLINE (the online warehouse).
CREATE TABLE stock (
    id TEXT PRIMARY KEY,
    sku TEXT NOT NULL,
    location TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    version BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE
);

CREATE INDEX stock_sku ON stock (sku);

-- lines, payment and totals: JSON (OrderLine array, Payment, Totals).
CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    order_no TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL,
    customer_id TEXT,
    store_id TEXT,
    placed_at TEXT NOT NULL,
    lines TEXT NOT NULL,
    payment TEXT NOT NULL,
    totals TEXT NOT NULL,
    fulfilment TEXT NOT NULL,
    delivered_at TEXT,
    state TEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE
);

CREATE INDEX orders_customer ON orders (customer_id);

-- lines, pickup_code_hash, authorised_persons, notifications, handovers: JSON. The pickup code itself
-- is never stored here.
CREATE TABLE pickups (
    id TEXT PRIMARY KEY,
    order_no TEXT NOT NULL,
    customer_id TEXT,
    store_id TEXT NOT NULL,
    state TEXT NOT NULL,
    lines TEXT NOT NULL,
    shelf TEXT,
    deadline TEXT,
    pickup_code_hash TEXT NOT NULL,
    authorised_persons TEXT NOT NULL,
    notifications TEXT NOT NULL,
    handovers TEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE
);

CREATE INDEX pickups_store_seq ON pickups (store_id, seq);
CREATE INDEX pickups_order_no ON pickups (order_no);

-- The plain pickup codes of generated demo pickups, so that tests and demos can hand over
-- (GET /v1/test/pickups/{id}/code, test mode only). Real pickups never have a row here.
CREATE TABLE demo_pickup_codes (
    pickup_id TEXT PRIMARY KEY,
    code TEXT NOT NULL
);

-- lines, refund, approvals: JSON (ReturnLine array, Refund, Approval array).
CREATE TABLE returns (
    id TEXT PRIMARY KEY,
    order_no TEXT NOT NULL,
    store_id TEXT,
    channel TEXT NOT NULL,
    requester_staff_id TEXT,
    lines TEXT NOT NULL,
    refund TEXT NOT NULL,
    approvals TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE
);

CREATE INDEX returns_order_no ON returns (order_no);

-- lines: JSON (CartLine array).
CREATE TABLE carts (
    id TEXT PRIMARY KEY,
    customer_id TEXT,
    store_id TEXT,
    origin TEXT NOT NULL,
    lines TEXT NOT NULL,
    handoff_code TEXT UNIQUE,
    version BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE
);

CREATE INDEX carts_customer ON carts (customer_id);

CREATE TABLE service_contacts (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    subject TEXT NOT NULL,
    at TEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_at TEXT NOT NULL,
    seq BIGINT NOT NULL UNIQUE
);

CREATE INDEX service_contacts_customer ON service_contacts (customer_id);

-- The online customer search (GET /v1/customers?q=) looks customers up by these besides customer_no
-- and loyalty_card, which are unique already.
CREATE INDEX customers_email ON customers (email);
CREATE INDEX customers_phone ON customers (phone);
CREATE INDEX customers_last_name ON customers (last_name);
