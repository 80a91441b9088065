-- The retailer's return policy each store works by, as the stores feed serves it (schema
-- ReturnPolicy, compact JSON); NULL until the server sends one: the default policy.
ALTER TABLE stores ADD COLUMN return_policy TEXT;
-- Stores pulled before this column existed may already carry a policy on the server: pull them again
-- (a handful of rows) instead of judging returns by the defaults until a store changes.
UPDATE sync_state SET cursor = NULL WHERE feed = 'stores';
