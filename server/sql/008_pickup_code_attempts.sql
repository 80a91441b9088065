-- 009: wrong pickup codes per pickup (issue #8), so the code cannot be guessed through the API.
-- Same rules as 001: SQL that SQLite and PostgreSQL both accept, no ';' inside a statement or comment.

-- One row per pickup that has seen a wrong code since its last right one (a right code deletes it).
-- wrong_codes counts since the last block began, blocks since the last right code (each block lasts
-- twice as long as the one before). blocked_until is ISO 8601 UTC, NULL when no block was started.
CREATE TABLE pickup_code_attempts (
    pickup_id TEXT PRIMARY KEY,
    wrong_codes INTEGER NOT NULL,
    blocks INTEGER NOT NULL,
    blocked_until TEXT,
    updated_at TEXT NOT NULL
);
