-- Which dead letter a beheerder skipped, when, and why: skipping lets a household's later events through a
-- projection without the skipped event's effect, so it is an operator action that must stay accountable. Not a
-- projection: written by the beheer API itself, never rebuilt and never emptied by a reset.
CREATE TABLE dead_letter_overslag (
    id                BIGINT        GENERATED ALWAYS AS IDENTITY (CACHE 1) PRIMARY KEY,
    tijdstip          TIMESTAMPTZ   NOT NULL,
    gebruiker         VARCHAR(128)  NOT NULL,
    projectie         VARCHAR(255)  NOT NULL,
    huishouden_id     VARCHAR(255)  NOT NULL,
    dead_letter_id    VARCHAR(255)  NOT NULL,
    event_id          VARCHAR(255)  NOT NULL,
    event_type        VARCHAR(255)  NOT NULL,
    globale_index     BIGINT,
    event_tijdstip    TIMESTAMPTZ,
    oorzaak           VARCHAR(1300),
    reden             VARCHAR(500)  NOT NULL,
    -- one dead letter is skipped once: a second beheerder who skips the same letter at the same time gets a 409
    CONSTRAINT dead_letter_overslag_eenmaal UNIQUE (dead_letter_id)
);
CREATE INDEX dead_letter_overslag_tijdstip ON dead_letter_overslag (tijdstip);
CREATE INDEX dead_letter_overslag_huishouden ON dead_letter_overslag (projectie, huishouden_id);

-- Append-only in the database too, as inzage_log: the application owns the table, so a trigger refuses every change.
CREATE FUNCTION dead_letter_overslag_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dead_letter_overslag is append-only: % is not allowed', TG_OP;
END
$$;
CREATE TRIGGER dead_letter_overslag_geen_wijziging BEFORE UPDATE OR DELETE ON dead_letter_overslag
    FOR EACH ROW EXECUTE FUNCTION dead_letter_overslag_alleen_toevoegen();
CREATE TRIGGER dead_letter_overslag_geen_truncate BEFORE TRUNCATE ON dead_letter_overslag
    FOR EACH STATEMENT EXECUTE FUNCTION dead_letter_overslag_alleen_toevoegen();
