-- A lookup in the population register (BRP) reads personal data before there is a household: its entry names the
-- kind of lookup instead of a household (never the BSN or address asked for). Every entry names one or the other.
-- ALTER TABLE changes no rows, so the append-only triggers stay as they are.
ALTER TABLE inzage_log ALTER COLUMN huishouden_id DROP NOT NULL;
ALTER TABLE inzage_log ADD COLUMN opzoeking VARCHAR(32);
ALTER TABLE inzage_log ADD CONSTRAINT inzage_log_waarover CHECK (huishouden_id IS NOT NULL OR opzoeking IS NOT NULL);
