-- The last day of a legal clock as the command side computed it (the termijn events carry it), so the household page,
-- the work list and the history show the same day. Rows from before carry over the day before their expiry, on the
-- default calendar the expiry was computed on.
ALTER TABLE termijn_overzicht ADD COLUMN laatste_dag DATE;
UPDATE termijn_overzicht
SET laatste_dag = CAST((vervalt_op - interval '1 microsecond') AT TIME ZONE 'Europe/Amsterdam' AS date);
ALTER TABLE termijn_overzicht ALTER COLUMN laatste_dag SET NOT NULL;

ALTER TABLE werkvoorraad_termijn ADD COLUMN laatste_dag DATE;
UPDATE werkvoorraad_termijn
SET laatste_dag = CAST((vervalt_op - interval '1 microsecond') AT TIME ZONE 'Europe/Amsterdam' AS date);
ALTER TABLE werkvoorraad_termijn ALTER COLUMN laatste_dag SET NOT NULL;
