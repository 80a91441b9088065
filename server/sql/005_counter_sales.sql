-- 005: what the counter sells with beyond the cart: product promotions (Product.promotion in the
-- products feed; the price is in the product's currency) and the delivery address of orders placed
-- at the counter (POST /v1/orders), which the Order rows of the feed do not carry. Same rules as 001.

ALTER TABLE products ADD COLUMN promotion_label TEXT;
ALTER TABLE products ADD COLUMN promotion_price_cents BIGINT;
ALTER TABLE products ADD COLUMN promotion_ends_at TEXT;

-- JSON (Address) for deliveries ordered at the counter; null for every other order.
ALTER TABLE orders ADD COLUMN delivery_address TEXT;
