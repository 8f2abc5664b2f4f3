-- The command side's own lookup for "one BSN is a member of at most one household with an open casus". Maintained by
-- a subscribing event handler in the transaction that appends the household's events, so a violated unique index
-- rolls the command back. It holds no BSN: bsn_sleutel is an HMAC-SHA256 of the BSN under a configured key.
-- Rebuilt from the event store when bsn_register_stand has no row (see docs/huishouden.md).
CREATE TABLE bsn_lid (
    huishouden_id VARCHAR(64) NOT NULL,
    persoon_id    VARCHAR(64) NOT NULL,
    bsn_sleutel   BYTEA       NOT NULL,
    -- registered apart (HuishoudenRegisteredApart): a member here, but the BSN stays claimed by the other household
    apart         BOOLEAN     NOT NULL,
    -- the household has an open casus and the member is not registered apart
    claimt        BOOLEAN     NOT NULL,
    PRIMARY KEY (huishouden_id, persoon_id)
);
-- a BSN appears once among a household's current members
CREATE UNIQUE INDEX bsn_lid_eenmaal_per_huishouden ON bsn_lid (bsn_sleutel, huishouden_id);
-- the rule itself: at most one claiming member (so one household with an open casus) per BSN
CREATE UNIQUE INDEX bsn_lid_een_open_casus ON bsn_lid (bsn_sleutel) WHERE claimt;

-- whether a household has an open casus, for members joining it
CREATE TABLE bsn_huishouden (
    huishouden_id VARCHAR(64) PRIMARY KEY,
    open_casus    BOOLEAN     NOT NULL
);

-- members registered apart, recorded before they are registered (the event comes first)
CREATE TABLE bsn_apart (
    huishouden_id VARCHAR(64) NOT NULL,
    persoon_id    VARCHAR(64) NOT NULL,
    PRIMARY KEY (huishouden_id, persoon_id)
);

-- one row once the register is complete; without it the command side rebuilds the register from the event store
CREATE TABLE bsn_register_stand (
    id          SMALLINT    PRIMARY KEY CHECK (id = 1),
    opgebouwd_op TIMESTAMPTZ NOT NULL,
    events      BIGINT      NOT NULL
);
