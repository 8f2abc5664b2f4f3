-- Labels instead of ids in the work lists and the escalation queue: each processing group keeps its own copy of the
-- members it needs for the label and the label per household (see LabelKopie), so no list reads another read
-- model's tables and a rebuild of one never blanks another's labels.
CREATE TABLE werkvoorraad_lid (
    persoon_id    VARCHAR(64) PRIMARY KEY,
    huishouden_id VARCHAR(64) NOT NULL,
    naam          TEXT        NOT NULL,
    geboortedatum DATE
);
CREATE INDEX werkvoorraad_lid_huishouden ON werkvoorraad_lid (huishouden_id);
CREATE TABLE werkvoorraad_label (
    huishouden_id VARCHAR(64) PRIMARY KEY,
    label         TEXT        NOT NULL
);

CREATE TABLE escalatiewachtrij_lid (
    persoon_id    VARCHAR(64) PRIMARY KEY,
    huishouden_id VARCHAR(64) NOT NULL,
    naam          TEXT        NOT NULL,
    geboortedatum DATE
);
CREATE INDEX escalatiewachtrij_lid_huishouden ON escalatiewachtrij_lid (huishouden_id);
CREATE TABLE escalatiewachtrij_label (
    huishouden_id VARCHAR(64) PRIMARY KEY,
    label         TEXT        NOT NULL
);
