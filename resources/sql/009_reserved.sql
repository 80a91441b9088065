-- 009: number held for another branch (the client runner needs numbers without gaps); the lead drops
-- this file at merge and renumbers 011_consent_events to the next free number.
SELECT 1;
