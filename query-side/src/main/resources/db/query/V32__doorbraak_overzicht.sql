-- The doorbraken of a running escalation in the household overview, so that the doorbraakteam sees which were
-- approved and can grant maatwerkbudget for them. The casus remembers the id of its running escalation trajectory:
-- doorbraken are shown for that trajectory only. Part of the huishoudenoverzicht projection; doorbraken decided
-- before this migration appear after that projection is rebuilt (beheer).
ALTER TABLE casus_overzicht ADD COLUMN escalatie_id VARCHAR(64);

CREATE TABLE doorbraak_overzicht (
    doorbraak_id  VARCHAR(64)    PRIMARY KEY,
    casus_id      VARCHAR(64)    NOT NULL REFERENCES casus_overzicht (casus_id),
    escalatie_id  VARCHAR(64)    NOT NULL,
    goedgekeurd   BOOLEAN        NOT NULL,
    oplossing     TEXT,
    besloten_op   TIMESTAMPTZ    NOT NULL,
    budget        NUMERIC(11, 2)
);
CREATE INDEX doorbraak_overzicht_casus ON doorbraak_overzicht (casus_id, escalatie_id, besloten_op);
