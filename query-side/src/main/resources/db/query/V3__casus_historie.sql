-- Audit history of a casus: one row per event, with the audit metadata it carried.
CREATE TABLE casus_historie (
    event_id      VARCHAR(255) PRIMARY KEY,
    casus_id      VARCHAR(64)  NOT NULL,
    huishouden_id VARCHAR(64)  NOT NULL,
    volgnummer    BIGINT       NOT NULL,
    tijdstip      TIMESTAMPTZ  NOT NULL,
    gebeurtenis   VARCHAR(128) NOT NULL,
    omschrijving  TEXT         NOT NULL,
    actor         VARCHAR(128),
    rol           VARCHAR(64),
    team          VARCHAR(64),
    reden         TEXT,
    correlatie_id VARCHAR(64)
);
CREATE INDEX casus_historie_casus ON casus_historie (casus_id, volgnummer);
