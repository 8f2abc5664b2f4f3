-- Crypto-shredding: one AES-256 key per data subject (a person or a household). The personal fields of events are
-- encrypted with it; erasure sets the key to NULL and keeps who, when and why. Owned by the event store because
-- both sides need the keys: the command side to write events, the query side to read them.
CREATE TABLE persoon_sleutel (
    subject_id      VARCHAR(255) PRIMARY KEY,
    sleutel         BYTEA,
    -- true when the key is wrapped with the master key (integrale-toegang.privacy.master-key)
    verpakt         BOOLEAN      NOT NULL DEFAULT false,
    aangemaakt_op   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    vernietigd_op   TIMESTAMPTZ,
    vernietigd_door VARCHAR(128),
    reden           TEXT,
    CONSTRAINT persoon_sleutel_vernietigd_zonder_sleutel CHECK (vernietigd_op IS NULL OR sleutel IS NULL)
);
