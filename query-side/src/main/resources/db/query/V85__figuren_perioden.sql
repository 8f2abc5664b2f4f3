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
DECLARE
    feit RECORD;
BEGIN
    UPDATE figuur_kalender SET tijdzone = tz;
    FOR feit IN SELECT * FROM (VALUES ('figuur_casus', 'getrieerd'), ('figuur_casus', 'eerste_plan'),
                                      ('figuur_hulpvraag', 'geregistreerd'), ('figuur_sluiting', 'gesloten'),
                                      ('figuur_uitkomst', 'afgesloten'), ('figuur_uitkomst', 'heropend'),
                                      ('figuur_termijn', 'beeindigd'), ('figuur_escalatie', 'geescaleerd'))
                    AS f (tabel, moment) LOOP
        EXECUTE format('UPDATE %1$I SET %2$I = figuur_periode(''week'', %5$I, $1), '
                           || '%3$I = figuur_periode(''month'', %5$I, $1), %4$I = figuur_periode(''quarter'', %5$I, $1)',
                       feit.tabel, feit.moment || '_week', feit.moment || '_maand', feit.moment || '_kwartaal',
                       feit.moment || '_op')
            USING tz;
    END LOOP;
END $$;

SELECT figuur_perioden_herberekenen('Europe/Amsterdam');
