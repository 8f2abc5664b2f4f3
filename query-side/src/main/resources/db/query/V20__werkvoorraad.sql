-- Work lists (werkvoorraad, DESIGN §4): per team the hulpvragen waiting for triage and the termijnen about to expire,
-- per worker the open casussen they direct. Rows are never deleted, only given a new state, so a redelivered event
-- cannot bring back what a later event ended; volgnummer is the household's sequence number of the last event applied.
CREATE TABLE werkvoorraad_casus (
    casus_id        VARCHAR(64)  PRIMARY KEY,
    huishouden_id   VARCHAR(64)  NOT NULL,
    open            BOOLEAN      NOT NULL,
    getrieerd       BOOLEAN      NOT NULL,
    urgentie        VARCHAR(16),
    regisseur       VARCHAR(128),
    regisseur_team  VARCHAR(64),
    regisseur_sinds TIMESTAMPTZ,
    geopend_op      TIMESTAMPTZ  NOT NULL,
    volgnummer      BIGINT       NOT NULL
);
CREATE INDEX werkvoorraad_casus_regisseur ON werkvoorraad_casus (regisseur, open, geopend_op);
CREATE INDEX werkvoorraad_casus_team ON werkvoorraad_casus (regisseur_team, open);

CREATE TABLE werkvoorraad_hulpvraag (
    hulpvraag_id     VARCHAR(64)  PRIMARY KEY,
    casus_id         VARCHAR(64)  NOT NULL,
    huishouden_id    VARCHAR(64)  NOT NULL,
    team             VARCHAR(64),
    kanaal           VARCHAR(64)  NOT NULL,
    levensdomeinen   TEXT[]       NOT NULL,
    dreigingen       TEXT[]       NOT NULL,
    geregistreerd_op TIMESTAMPTZ  NOT NULL,
    volgnummer       BIGINT       NOT NULL
);
CREATE INDEX werkvoorraad_hulpvraag_team ON werkvoorraad_hulpvraag (team, geregistreerd_op);
CREATE INDEX werkvoorraad_hulpvraag_casus ON werkvoorraad_hulpvraag (casus_id);

-- status: LOPEND, OPGESCHORT, VERLOPEN, AFGEROND, GESTOPT (the states of a termijn on the command side)
CREATE TABLE werkvoorraad_termijn (
    termijn_id    VARCHAR(64)  PRIMARY KEY,
    hulpvraag_id  VARCHAR(64)  NOT NULL,
    casus_id      VARCHAR(64)  NOT NULL,
    huishouden_id VARCHAR(64)  NOT NULL,
    regime        VARCHAR(64)  NOT NULL,
    spoed         BOOLEAN      NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    vervalt_op    TIMESTAMPTZ  NOT NULL,
    gewaarschuwd  BOOLEAN      NOT NULL,
    volgnummer    BIGINT       NOT NULL
);
CREATE INDEX werkvoorraad_termijn_status ON werkvoorraad_termijn (status, vervalt_op);
CREATE INDEX werkvoorraad_termijn_hulpvraag ON werkvoorraad_termijn (hulpvraag_id);
