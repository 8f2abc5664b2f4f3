-- The ids the server generates for a keyed request derive from a request id that is reserved with the key before
-- the command runs, so a retry answers with the same ids. A reserved key is applied (its command's events stored)
-- in the command's own transaction; keys claimed before this migration were claimed and applied at once.
ALTER TABLE idempotency_key ADD COLUMN request_id VARCHAR(36);
ALTER TABLE idempotency_key ADD COLUMN applied BOOLEAN NOT NULL DEFAULT TRUE;
