-- Need to know per household (DESIGN §4) as a read model of its own, in its own processing group
-- (huishoudentoegang): rebuilding the overview, the history or the escalation queue never locks workers out of
-- their households. It holds who works on a household, never anything about the residents.

-- A casus of a household with its casusregisseur (a closed casus keeps granting access to who worked on it).
CREATE TABLE toegang_casus (
    casus_id                 VARCHAR(64)  PRIMARY KEY,
    huishouden_id            VARCHAR(64)  NOT NULL,
    regisseur_gebruikersnaam VARCHAR(128),
    regisseur_team           VARCHAR(64)
);
CREATE INDEX toegang_casus_huishouden ON toegang_casus (huishouden_id);

-- A hulpvraag at the team that handles it now, in the casus it belongs to now (a merge moves it to A's casus).
CREATE TABLE toegang_hulpvraag (
    hulpvraag_id VARCHAR(64) PRIMARY KEY,
    casus_id     VARCHAR(64) NOT NULL,
    team         VARCHAR(64)
);
CREATE INDEX toegang_hulpvraag_casus ON toegang_hulpvraag (casus_id, team);

-- A completed merge: household bron continues in doel, so who works on doel may see bron.
CREATE TABLE toegang_samenvoeging (
    samenvoeging_id    VARCHAR(64) PRIMARY KEY,
    bron_huishouden_id VARCHAR(64) NOT NULL,
    doel_huishouden_id VARCHAR(64) NOT NULL
);
CREATE INDEX toegang_samenvoeging_bron ON toegang_samenvoeging (bron_huishouden_id);

-- An escalation trajectory at its current level, who took it up, and whether it was handed back. Kept rather than
-- deleted, so a redelivered event cannot reopen it; volgnummer is the household's sequence number of the last event
-- applied.
CREATE TABLE toegang_escalatie (
    escalatie_id  VARCHAR(64)  PRIMARY KEY,
    casus_id      VARCHAR(64)  NOT NULL,
    huishouden_id VARCHAR(64)  NOT NULL,
    niveau        VARCHAR(64)  NOT NULL,
    opgepakt_door VARCHAR(128),
    teruggegeven  BOOLEAN      NOT NULL DEFAULT false,
    volgnummer    BIGINT       NOT NULL
);
CREATE INDEX toegang_escalatie_huishouden ON toegang_escalatie (huishouden_id) WHERE NOT teruggegeven;

-- The version of each household up to which this read model has been brought, so a page that waits for its own
-- write also waits until need to know has seen it.
CREATE TABLE toegang_versie (
    huishouden_id VARCHAR(64) PRIMARY KEY,
    versie        BIGINT      NOT NULL
);
