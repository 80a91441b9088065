-- FTS5 merges the segments of the customer search index once `automerge` of them sit on one level
-- (default 4). A first sync commits the customers feed page by page, one new segment each, so with 4 it
-- merged and rewrote the index over and over: about a quarter of writing a customer. With 16 a first
-- sync of 100k customers writes them 10-13 % faster; a search probes a few more segments (1M customers,
-- prefix queries: p95 2.9 -> 3.1 ms, far below DESIGN §7's 10 ms). Stored in customers_fts_config, so
-- it holds for every connection.
INSERT INTO customers_fts (customers_fts, rank) VALUES ('automerge', 16);
