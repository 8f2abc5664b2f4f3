-- Every fact carries the local start of the week, month and quarter of each moment the figures count it by, so a
-- query groups and filters on a column instead of converting every row with date_trunc(... AT TIME ZONE ...). The
-- projection writes them with their moment, in the same statement, with figuur_periode below.

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

-- Sets the zone and recomputes every stored period in it: the backfill of this migration, and the query side's
-- start-up when integrale-toegang.figuren.tijdzone names another zone.
CREATE FUNCTION figuur_perioden_herberekenen(tz TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    UPDATE figuur_kalender SET tijdzone = tz;
    UPDATE figuur_casus SET
        getrieerd_week = figuur_periode('week', getrieerd_op, tz),
        getrieerd_maand = figuur_periode('month', getrieerd_op, tz),
        getrieerd_kwartaal = figuur_periode('quarter', getrieerd_op, tz),
        eerste_plan_week = figuur_periode('week', eerste_plan_op, tz),
        eerste_plan_maand = figuur_periode('month', eerste_plan_op, tz),
        eerste_plan_kwartaal = figuur_periode('quarter', eerste_plan_op, tz);
    UPDATE figuur_hulpvraag SET
        geregistreerd_week = figuur_periode('week', geregistreerd_op, tz),
        geregistreerd_maand = figuur_periode('month', geregistreerd_op, tz),
        geregistreerd_kwartaal = figuur_periode('quarter', geregistreerd_op, tz);
    UPDATE figuur_sluiting SET
        gesloten_week = figuur_periode('week', gesloten_op, tz),
        gesloten_maand = figuur_periode('month', gesloten_op, tz),
        gesloten_kwartaal = figuur_periode('quarter', gesloten_op, tz);
    UPDATE figuur_uitkomst SET
        afgesloten_week = figuur_periode('week', afgesloten_op, tz),
        afgesloten_maand = figuur_periode('month', afgesloten_op, tz),
        afgesloten_kwartaal = figuur_periode('quarter', afgesloten_op, tz),
        heropend_week = figuur_periode('week', heropend_op, tz),
        heropend_maand = figuur_periode('month', heropend_op, tz),
        heropend_kwartaal = figuur_periode('quarter', heropend_op, tz);
    UPDATE figuur_termijn SET
        beeindigd_week = figuur_periode('week', beeindigd_op, tz),
        beeindigd_maand = figuur_periode('month', beeindigd_op, tz),
        beeindigd_kwartaal = figuur_periode('quarter', beeindigd_op, tz);
    UPDATE figuur_escalatie SET
        geescaleerd_week = figuur_periode('week', geescaleerd_op, tz),
        geescaleerd_maand = figuur_periode('month', geescaleerd_op, tz),
        geescaleerd_kwartaal = figuur_periode('quarter', geescaleerd_op, tz);
END $$;

SELECT figuur_perioden_herberekenen('Europe/Amsterdam');
