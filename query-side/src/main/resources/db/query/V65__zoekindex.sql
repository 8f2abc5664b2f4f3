-- The search index (find before you register): per person the household, a keyed hash of the BSN (never the BSN),
-- the name as search compares it, the date of birth, and initials and birth year for display; per household the
-- address, its label, whether it has an open casus and the team of its regisseur. Owned by the projection
-- "zoekindex" alone. Name search is typo-tolerant through trigrams (pg_trgm, a trusted extension since PostgreSQL 13:
-- the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE zoek_huishouden (
    huishouden_id  VARCHAR(64) PRIMARY KEY,
    postcode             TEXT,
    huisnummer           INTEGER,
    huisletter           TEXT,
    huisnummertoevoeging TEXT,
    straat               TEXT,
    woonplaats           TEXT,
    label          TEXT        NOT NULL,
    casus_id       VARCHAR(64),
    open_casus     BOOLEAN     NOT NULL DEFAULT false,
    regisseur_team VARCHAR(64)
);
CREATE INDEX zoek_huishouden_adres ON zoek_huishouden (postcode, huisnummer);

CREATE TABLE zoek_persoon (
    persoon_id    VARCHAR(64) PRIMARY KEY,
    huishouden_id VARCHAR(64) NOT NULL,
    bsn_hash      BYTEA,
    naam          TEXT        NOT NULL,
    naam_zoek     TEXT        NOT NULL,
    geboortedatum DATE,
    initialen     TEXT        NOT NULL,
    geboortejaar  INTEGER,
    rol           TEXT,
    volgnummer    BIGINT      NOT NULL
);
CREATE INDEX zoek_persoon_bsn ON zoek_persoon (bsn_hash) WHERE bsn_hash IS NOT NULL;
CREATE INDEX zoek_persoon_naam ON zoek_persoon USING gin (naam_zoek gin_trgm_ops);
CREATE INDEX zoek_persoon_huishouden ON zoek_persoon (huishouden_id);
CREATE INDEX zoek_persoon_geboortedatum ON zoek_persoon (geboortedatum);

-- Every search and match proposal: who, when, how (BSN, address, name, match) and which households were shown; the
-- search terms only as a keyed hash, so the log can say that two searches asked the same without saying what.
-- Written by the read API itself, append-only like inzage_log.
CREATE TABLE zoek_log (
    id             BIGINT       GENERATED ALWAYS AS IDENTITY (CACHE 1) PRIMARY KEY,
    tijdstip       TIMESTAMPTZ  NOT NULL,
    gebruiker      VARCHAR(128) NOT NULL,
    rol            VARCHAR(64)  NOT NULL,
    team           VARCHAR(64),
    soort          VARCHAR(32)  NOT NULL,
    zoekterm_hash  BYTEA        NOT NULL,
    huishoudens    TEXT[]       NOT NULL,
    endpoint       VARCHAR(255) NOT NULL,
    correlatie_id  VARCHAR(64)
);
CREATE INDEX zoek_log_gebruiker ON zoek_log (gebruiker, tijdstip);
CREATE TRIGGER zoek_log_geen_wijziging BEFORE UPDATE OR DELETE ON zoek_log
    FOR EACH ROW EXECUTE FUNCTION inzage_log_alleen_toevoegen();
CREATE TRIGGER zoek_log_geen_truncate BEFORE TRUNCATE ON zoek_log
    FOR EACH STATEMENT EXECUTE FUNCTION inzage_log_alleen_toevoegen();
