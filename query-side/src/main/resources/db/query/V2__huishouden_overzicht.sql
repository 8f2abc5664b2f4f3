-- Read model of the household overview: the open casus per household and the hulpvragen in it.
CREATE TABLE casus_overzicht (
    casus_id      VARCHAR(64)  PRIMARY KEY,
    huishouden_id VARCHAR(64)  NOT NULL,
    status        VARCHAR(32)  NOT NULL,
    geopend_op    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX casus_overzicht_huishouden ON casus_overzicht (huishouden_id, status);

CREATE TABLE hulpvraag_overzicht (
    hulpvraag_id     VARCHAR(64)  PRIMARY KEY,
    casus_id         VARCHAR(64)  NOT NULL REFERENCES casus_overzicht (casus_id),
    kanaal           VARCHAR(64)  NOT NULL,
    team             VARCHAR(64),
    levensdomeinen   TEXT[]       NOT NULL,
    omschrijving     TEXT,
    geregistreerd_op TIMESTAMPTZ  NOT NULL
);
CREATE INDEX hulpvraag_overzicht_casus ON hulpvraag_overzicht (casus_id, geregistreerd_op);
