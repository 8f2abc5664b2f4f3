-- Merges of a household registered twice (B) into another (A): one row per merge, seen from both households.
-- status: GESTART, OPGENOMEN (A took B in), VOLTOOID (B merged into A), GEANNULEERD (regel says why).
CREATE TABLE samenvoeging_overzicht (
    samenvoeging_id    VARCHAR(64)  PRIMARY KEY,
    bron_huishouden_id VARCHAR(64)  NOT NULL,
    bron_casus_id      VARCHAR(64)  NOT NULL,
    doel_huishouden_id VARCHAR(64)  NOT NULL,
    doel_casus_id      VARCHAR(64)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    gestart_op         TIMESTAMPTZ  NOT NULL,
    afgerond_op        TIMESTAMPTZ,
    regel              VARCHAR(64)
);
CREATE INDEX samenvoeging_overzicht_bron ON samenvoeging_overzicht (bron_huishouden_id, status);
CREATE INDEX samenvoeging_overzicht_doel ON samenvoeging_overzicht (doel_huishouden_id);
