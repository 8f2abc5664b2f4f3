-- How far the household overview has read each household's events: the UI waits for the version its own command
-- produced before it shows the household again (read your own writes).
CREATE TABLE huishouden_versie (
    huishouden_id VARCHAR(64) PRIMARY KEY,
    versie        BIGINT      NOT NULL
);
