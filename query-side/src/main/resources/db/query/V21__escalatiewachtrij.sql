-- The escalation queue: every escalation trajectory with its current level, whether that level took it up, and
-- when it was handed back (then it has left the queue). Kept rather than deleted, so a redelivered event cannot
-- reopen a trajectory; volgnummer is the household's sequence number of the last event applied.
CREATE TABLE escalatiewachtrij (
    escalatie_id       VARCHAR(64)  PRIMARY KEY,
    casus_id           VARCHAR(64)  NOT NULL,
    huishouden_id      VARCHAR(64)  NOT NULL,
    niveau             VARCHAR(64)  NOT NULL,
    reden              VARCHAR(64)  NOT NULL,
    toelichting        TEXT,
    traject_gestart_op TIMESTAMPTZ  NOT NULL,
    geescaleerd_op     TIMESTAMPTZ  NOT NULL,
    opgepakt_door      VARCHAR(128),
    opgepakt_op        TIMESTAMPTZ,
    teruggegeven_op    TIMESTAMPTZ,
    volgnummer         BIGINT       NOT NULL
);
CREATE INDEX escalatiewachtrij_open ON escalatiewachtrij (niveau, geescaleerd_op) WHERE teruggegeven_op IS NULL;
