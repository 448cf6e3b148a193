-- Idempotent creations keep a fingerprint (SHA-256 of the canonical request) beside the caller's key, so the same key
-- with a different request is refused (IDEMPOTENCY_KEY_REUSED) instead of answering with the first result; rows
-- created before this have none and replay as before. Phones also say when they recorded the report (their clock,
-- kept beside the server's time, never used in its place).
ALTER TABLE case_file ADD COLUMN payload_hash varchar(64);
ALTER TABLE case_file ADD COLUMN client_time timestamptz;
ALTER TABLE list_change ADD COLUMN payload_hash varchar(64);
ALTER TABLE list_change ADD COLUMN client_time timestamptz;
ALTER TABLE list_import ADD COLUMN payload_hash varchar(64);
