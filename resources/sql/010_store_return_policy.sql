-- The retailer's return policy each store works by, as the stores feed serves it (schema
-- ReturnPolicy, compact JSON); NULL until the server sends one: the default policy.
ALTER TABLE stores ADD COLUMN return_policy TEXT;
