-- Who saw which household's personal data, when and through which endpoint (DESIGN §4: every view of a dossier is
-- logged). Not a projection: it is written by the read API itself, never rebuilt and never emptied by a reset.
CREATE TABLE inzage_log (
    id            BIGINT       GENERATED ALWAYS AS IDENTITY (CACHE 1) PRIMARY KEY,
    tijdstip      TIMESTAMPTZ  NOT NULL,
    gebruiker     VARCHAR(128) NOT NULL,
    rol           VARCHAR(64)  NOT NULL,
    team          VARCHAR(64),
    huishouden_id VARCHAR(64)  NOT NULL,
    casus_id      VARCHAR(64),
    endpoint      VARCHAR(255) NOT NULL,
    correlatie_id VARCHAR(64)
);
CREATE INDEX inzage_log_huishouden ON inzage_log (huishouden_id, tijdstip);
CREATE INDEX inzage_log_gebruiker ON inzage_log (gebruiker, tijdstip);
CREATE INDEX inzage_log_tijdstip ON inzage_log (tijdstip);

-- Append-only in the database too: the application runs as the table's owner, so a REVOKE would not hold; a
-- trigger refuses every change or removal whoever asks.
CREATE FUNCTION inzage_log_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'inzage_log is append-only: % is not allowed', TG_OP;
END
$$;
CREATE TRIGGER inzage_log_geen_wijziging BEFORE UPDATE OR DELETE ON inzage_log
    FOR EACH ROW EXECUTE FUNCTION inzage_log_alleen_toevoegen();
CREATE TRIGGER inzage_log_geen_truncate BEFORE TRUNCATE ON inzage_log
    FOR EACH STATEMENT EXECUTE FUNCTION inzage_log_alleen_toevoegen();
