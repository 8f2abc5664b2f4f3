-- Idempotency keys of write requests, claimed in the same transaction that appends the command's events.
CREATE TABLE idempotency_key (
    owner       VARCHAR(128) NOT NULL,
    key         VARCHAR(128) NOT NULL,
    fingerprint VARCHAR(64)  NOT NULL,
    result_type VARCHAR(255),
    result      TEXT,
    created_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (owner, key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
