-- Labels instead of ids in the work lists and the escalation queue: each processing group keeps its own copy of the
-- current members it needs for the label, and per household its address and label (see LabelKopie), so no list
-- reads another read model's tables and a rebuild of one never blanks another's labels.
CREATE TABLE werkvoorraad_lid (
    persoon_id    VARCHAR(64) PRIMARY KEY,
    huishouden_id VARCHAR(64) NOT NULL,
    naam          TEXT        NOT NULL,
    geboortedatum DATE,
    rol           TEXT,
    volgnummer    BIGINT      NOT NULL
);
CREATE INDEX werkvoorraad_lid_huishouden ON werkvoorraad_lid (huishouden_id);
CREATE TABLE werkvoorraad_label (
    huishouden_id        VARCHAR(64) PRIMARY KEY,
    label                TEXT        NOT NULL,
    postcode             TEXT,
    huisnummer           INTEGER,
    huisletter           TEXT,
    huisnummertoevoeging TEXT,
    straat               TEXT,
    woonplaats           TEXT
);

CREATE TABLE escalatiewachtrij_lid (
    persoon_id    VARCHAR(64) PRIMARY KEY,
    huishouden_id VARCHAR(64) NOT NULL,
    naam          TEXT        NOT NULL,
    geboortedatum DATE,
    rol           TEXT,
    volgnummer    BIGINT      NOT NULL
);
CREATE INDEX escalatiewachtrij_lid_huishouden ON escalatiewachtrij_lid (huishouden_id);
CREATE TABLE escalatiewachtrij_label (
    huishouden_id        VARCHAR(64) PRIMARY KEY,
    label                TEXT        NOT NULL,
    postcode             TEXT,
    huisnummer           INTEGER,
    huisletter           TEXT,
    huisnummertoevoeging TEXT,
    straat               TEXT,
    woonplaats           TEXT
);
