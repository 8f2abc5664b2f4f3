-- The household overview in full: members, the casus's one regisseur, its adopted plan, its escalation state and
-- its termijnen. Part of the huishoudenoverzicht projection; rebuilt from the event store on a reset.
ALTER TABLE casus_overzicht
    ADD COLUMN regisseur_gebruikersnaam VARCHAR(128),
    ADD COLUMN regisseur_team           VARCHAR(64),
    ADD COLUMN urgentie                 VARCHAR(32),
    ADD COLUMN plan_versie              INTEGER,
    ADD COLUMN plan_vastgesteld_op      TIMESTAMPTZ,
    ADD COLUMN escalatie_niveau         VARCHAR(64),
    ADD COLUMN escalatie_reden          VARCHAR(64),
    ADD COLUMN escalatie_sinds          TIMESTAMPTZ,
    ADD COLUMN escalatie_opgepakt_door  VARCHAR(128);

CREATE TABLE lid_overzicht (
    persoon_id    VARCHAR(64) PRIMARY KEY,
    huishouden_id VARCHAR(64) NOT NULL,
    naam          TEXT,
    geboortedatum DATE,
    geregistreerd_op TIMESTAMPTZ NOT NULL
);
CREATE INDEX lid_overzicht_huishouden ON lid_overzicht (huishouden_id);

CREATE TABLE plan_doel_overzicht (
    casus_id     VARCHAR(64) NOT NULL REFERENCES casus_overzicht (casus_id),
    volgnummer   INTEGER     NOT NULL,
    levensdomein VARCHAR(64) NOT NULL,
    omschrijving TEXT,
    PRIMARY KEY (casus_id, volgnummer)
);

-- Actions keep their status across plan versions; in_huidige_versie says whether the adopted version holds them.
CREATE TABLE plan_actie_overzicht (
    casus_id          VARCHAR(64)  NOT NULL REFERENCES casus_overzicht (casus_id),
    actie_id          VARCHAR(64)  NOT NULL,
    volgnummer        INTEGER      NOT NULL,
    omschrijving      TEXT,
    eigenaar          VARCHAR(128) NOT NULL,
    deadline          DATE         NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    in_huidige_versie BOOLEAN      NOT NULL,
    PRIMARY KEY (casus_id, actie_id)
);

CREATE TABLE termijn_overzicht (
    termijn_id   VARCHAR(64) PRIMARY KEY,
    casus_id     VARCHAR(64) NOT NULL REFERENCES casus_overzicht (casus_id),
    hulpvraag_id VARCHAR(64) NOT NULL,
    regime       VARCHAR(64) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    gestart_op   TIMESTAMPTZ NOT NULL,
    vervalt_op   TIMESTAMPTZ NOT NULL
);
CREATE INDEX termijn_overzicht_casus ON termijn_overzicht (casus_id, gestart_op);
