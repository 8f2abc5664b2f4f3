-- A read model's status column holds only the names of its enum (LeesmodelStatusTest compares each constraint with
-- the enum): CasusStatus, ActieStatus, TermijnStatus and SamenvoegingStatus of the contract, and the figures' own
-- NalevingStatus. A closed casus was stored as GESLOTEN; the contract calls it AFGESLOTEN (a rebuild writes that too).
UPDATE casus_overzicht SET status = 'AFGESLOTEN' WHERE status = 'GESLOTEN';
ALTER TABLE casus_overzicht ADD CONSTRAINT casus_overzicht_status
    CHECK (status IN ('OPEN', 'AFGESLOTEN'));
ALTER TABLE plan_actie_overzicht ADD CONSTRAINT plan_actie_overzicht_status
    CHECK (status IN ('OPEN', 'AFGEROND', 'GEANNULEERD'));
ALTER TABLE termijn_overzicht ADD CONSTRAINT termijn_overzicht_status
    CHECK (status IN ('LOPEND', 'OPGESCHORT', 'AFGEROND', 'VERLOPEN', 'GESTOPT'));
ALTER TABLE werkvoorraad_termijn ADD CONSTRAINT werkvoorraad_termijn_status
    CHECK (status IN ('LOPEND', 'OPGESCHORT', 'AFGEROND', 'VERLOPEN', 'GESTOPT'));
ALTER TABLE samenvoeging_overzicht ADD CONSTRAINT samenvoeging_overzicht_status
    CHECK (status IN ('GESTART', 'OPGENOMEN', 'VOLTOOID', 'GEANNULEERD'));
ALTER TABLE figuur_termijn ADD CONSTRAINT figuur_termijn_status
    CHECK (status IN ('LOPEND', 'OP_TIJD', 'TE_LAAT', 'GESTOPT'));
