-- Every fact carries the local start of the week, month and quarter of each moment the figures count it by, so a
-- query groups and filters on a column instead of converting every row with date_trunc(... AT TIME ZONE ...). The
-- columns follow their moment: a BEFORE trigger fills them on every insert and on every update of the moment, in the
-- zone figuur_kalender holds, so no write can forget them and a redelivered event still changes nothing.

-- The zone the stored periods are in; the query side sets it to integrale-toegang.figuren.tijdzone at start-up
-- (figuur_perioden_herberekenen) when the two differ.
CREATE TABLE figuur_kalender (
    enig     BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (enig),
    tijdzone VARCHAR(64) NOT NULL
);
INSERT INTO figuur_kalender (tijdzone) VALUES ('Europe/Amsterdam');

-- Exactly the expression the figures grouped by before; immutable because a named zone's rules are, to PostgreSQL.
CREATE FUNCTION figuur_periode(eenheid TEXT, moment TIMESTAMPTZ, tijdzone TEXT) RETURNS DATE
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT date_trunc(eenheid, moment AT TIME ZONE tijdzone)::date $$;

ALTER TABLE figuur_casus
    ADD COLUMN getrieerd_week DATE, ADD COLUMN getrieerd_maand DATE, ADD COLUMN getrieerd_kwartaal DATE,
    ADD COLUMN eerste_plan_week DATE, ADD COLUMN eerste_plan_maand DATE, ADD COLUMN eerste_plan_kwartaal DATE;
ALTER TABLE figuur_hulpvraag
    ADD COLUMN geregistreerd_week DATE, ADD COLUMN geregistreerd_maand DATE, ADD COLUMN geregistreerd_kwartaal DATE;
ALTER TABLE figuur_sluiting
    ADD COLUMN gesloten_week DATE, ADD COLUMN gesloten_maand DATE, ADD COLUMN gesloten_kwartaal DATE;
ALTER TABLE figuur_uitkomst
    ADD COLUMN afgesloten_week DATE, ADD COLUMN afgesloten_maand DATE, ADD COLUMN afgesloten_kwartaal DATE,
    ADD COLUMN heropend_week DATE, ADD COLUMN heropend_maand DATE, ADD COLUMN heropend_kwartaal DATE;
ALTER TABLE figuur_termijn
    ADD COLUMN beeindigd_week DATE, ADD COLUMN beeindigd_maand DATE, ADD COLUMN beeindigd_kwartaal DATE;
ALTER TABLE figuur_escalatie
    ADD COLUMN geescaleerd_week DATE, ADD COLUMN geescaleerd_maand DATE, ADD COLUMN geescaleerd_kwartaal DATE;

CREATE FUNCTION figuur_casus_perioden() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    tz TEXT := (SELECT tijdzone FROM figuur_kalender);
BEGIN
    NEW.getrieerd_week := figuur_periode('week', NEW.getrieerd_op, tz);
    NEW.getrieerd_maand := figuur_periode('month', NEW.getrieerd_op, tz);
    NEW.getrieerd_kwartaal := figuur_periode('quarter', NEW.getrieerd_op, tz);
    NEW.eerste_plan_week := figuur_periode('week', NEW.eerste_plan_op, tz);
    NEW.eerste_plan_maand := figuur_periode('month', NEW.eerste_plan_op, tz);
    NEW.eerste_plan_kwartaal := figuur_periode('quarter', NEW.eerste_plan_op, tz);
    RETURN NEW;
END $$;
CREATE TRIGGER figuur_casus_perioden BEFORE INSERT OR UPDATE OF getrieerd_op, eerste_plan_op ON figuur_casus
    FOR EACH ROW EXECUTE FUNCTION figuur_casus_perioden();

CREATE FUNCTION figuur_hulpvraag_perioden() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    tz TEXT := (SELECT tijdzone FROM figuur_kalender);
BEGIN
    NEW.geregistreerd_week := figuur_periode('week', NEW.geregistreerd_op, tz);
    NEW.geregistreerd_maand := figuur_periode('month', NEW.geregistreerd_op, tz);
    NEW.geregistreerd_kwartaal := figuur_periode('quarter', NEW.geregistreerd_op, tz);
    RETURN NEW;
END $$;
CREATE TRIGGER figuur_hulpvraag_perioden BEFORE INSERT OR UPDATE OF geregistreerd_op ON figuur_hulpvraag
    FOR EACH ROW EXECUTE FUNCTION figuur_hulpvraag_perioden();

CREATE FUNCTION figuur_sluiting_perioden() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    tz TEXT := (SELECT tijdzone FROM figuur_kalender);
BEGIN
    NEW.gesloten_week := figuur_periode('week', NEW.gesloten_op, tz);
    NEW.gesloten_maand := figuur_periode('month', NEW.gesloten_op, tz);
    NEW.gesloten_kwartaal := figuur_periode('quarter', NEW.gesloten_op, tz);
    RETURN NEW;
END $$;
CREATE TRIGGER figuur_sluiting_perioden BEFORE INSERT OR UPDATE OF gesloten_op ON figuur_sluiting
    FOR EACH ROW EXECUTE FUNCTION figuur_sluiting_perioden();

CREATE FUNCTION figuur_uitkomst_perioden() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    tz TEXT := (SELECT tijdzone FROM figuur_kalender);
BEGIN
    NEW.afgesloten_week := figuur_periode('week', NEW.afgesloten_op, tz);
    NEW.afgesloten_maand := figuur_periode('month', NEW.afgesloten_op, tz);
    NEW.afgesloten_kwartaal := figuur_periode('quarter', NEW.afgesloten_op, tz);
    NEW.heropend_week := figuur_periode('week', NEW.heropend_op, tz);
    NEW.heropend_maand := figuur_periode('month', NEW.heropend_op, tz);
    NEW.heropend_kwartaal := figuur_periode('quarter', NEW.heropend_op, tz);
    RETURN NEW;
END $$;
CREATE TRIGGER figuur_uitkomst_perioden BEFORE INSERT OR UPDATE OF afgesloten_op, heropend_op ON figuur_uitkomst
    FOR EACH ROW EXECUTE FUNCTION figuur_uitkomst_perioden();

CREATE FUNCTION figuur_termijn_perioden() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    tz TEXT := (SELECT tijdzone FROM figuur_kalender);
BEGIN
    NEW.beeindigd_week := figuur_periode('week', NEW.beeindigd_op, tz);
    NEW.beeindigd_maand := figuur_periode('month', NEW.beeindigd_op, tz);
    NEW.beeindigd_kwartaal := figuur_periode('quarter', NEW.beeindigd_op, tz);
    RETURN NEW;
END $$;
CREATE TRIGGER figuur_termijn_perioden BEFORE INSERT OR UPDATE OF beeindigd_op ON figuur_termijn
    FOR EACH ROW EXECUTE FUNCTION figuur_termijn_perioden();

CREATE FUNCTION figuur_escalatie_perioden() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    tz TEXT := (SELECT tijdzone FROM figuur_kalender);
BEGIN
    NEW.geescaleerd_week := figuur_periode('week', NEW.geescaleerd_op, tz);
    NEW.geescaleerd_maand := figuur_periode('month', NEW.geescaleerd_op, tz);
    NEW.geescaleerd_kwartaal := figuur_periode('quarter', NEW.geescaleerd_op, tz);
    RETURN NEW;
END $$;
CREATE TRIGGER figuur_escalatie_perioden BEFORE INSERT OR UPDATE OF geescaleerd_op ON figuur_escalatie
    FOR EACH ROW EXECUTE FUNCTION figuur_escalatie_perioden();

-- Sets the zone and recomputes every stored period in it (the triggers fire on the no-op updates): the backfill of
-- this migration, and the query side's start-up when integrale-toegang.figuren.tijdzone names another zone.
CREATE FUNCTION figuur_perioden_herberekenen(nieuwe_tijdzone TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    UPDATE figuur_kalender SET tijdzone = nieuwe_tijdzone;
    UPDATE figuur_casus SET getrieerd_op = getrieerd_op, eerste_plan_op = eerste_plan_op;
    UPDATE figuur_hulpvraag SET geregistreerd_op = geregistreerd_op;
    UPDATE figuur_sluiting SET gesloten_op = gesloten_op;
    UPDATE figuur_uitkomst SET afgesloten_op = afgesloten_op, heropend_op = heropend_op;
    UPDATE figuur_termijn SET beeindigd_op = beeindigd_op;
    UPDATE figuur_escalatie SET geescaleerd_op = geescaleerd_op;
END $$;

SELECT figuur_perioden_herberekenen('Europe/Amsterdam');
