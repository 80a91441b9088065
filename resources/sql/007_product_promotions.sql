-- 007: price promotions of the products feed (Product.promotion): label, price in the currency of the
-- regular price, end (UTC, ISO-8601 with milliseconds). All NULL when the article has none.
-- The products already cached came without promotions: their cursor starts over, so the next sync
-- brings them again with theirs (rows of the same version are replaced).
ALTER TABLE products ADD COLUMN promotion_label TEXT;
ALTER TABLE products ADD COLUMN promotion_price_cents INTEGER;
ALTER TABLE products ADD COLUMN promotion_ends_at TEXT;
UPDATE sync_state SET cursor = NULL WHERE feed = 'products';
