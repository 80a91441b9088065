-- The retailer's return policy each store works by (theke-server --return-policy), served with the
-- store in the stores feed: compact JSON as schema ReturnPolicy; NULL means the defaults.
ALTER TABLE stores ADD COLUMN return_policy TEXT;
