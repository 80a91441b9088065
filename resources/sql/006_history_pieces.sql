-- Pieces per order and per return, kept when a row is written, so the customer's history and
-- figures read thousands of orders without parsing each one's lines (issue 7).
ALTER TABLE orders ADD COLUMN pieces INTEGER;
ALTER TABLE returns ADD COLUMN pieces INTEGER;
UPDATE orders SET pieces = (SELECT COALESCE(SUM(json_extract(value, '$.quantity')), 0) FROM json_each(lines_json));
UPDATE returns SET pieces = (SELECT COALESCE(SUM(json_extract(value, '$.quantity')), 0) FROM json_each(lines_json));
