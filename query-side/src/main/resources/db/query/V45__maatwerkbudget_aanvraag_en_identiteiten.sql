-- Maatwerkbudget in two steps: a member of the doorbraakteam requests an amount, another approves or refuses it. The
-- household overview shows a request that waits for approval and who made it (so the requester gets no approve
-- button). Part of the huishoudenoverzicht projection.
ALTER TABLE doorbraak_overzicht
    ADD COLUMN budget_aangevraagd NUMERIC(11, 2),
    ADD COLUMN budget_aanvrager   VARCHAR(128);

-- Identities are compared in one normalised form (trimmed, lower case; see Identiteit in shared-api). The names the
-- read models compare with the logged-in user for need to know are brought into that form; new events arrive in it.
-- The audit trail itself (casus_historie, inzage_log) is left as it was recorded.
UPDATE casus_overzicht SET regisseur_gebruikersnaam = lower(btrim(regisseur_gebruikersnaam))
WHERE regisseur_gebruikersnaam <> lower(btrim(regisseur_gebruikersnaam));
UPDATE werkvoorraad_casus SET regisseur = lower(btrim(regisseur))
WHERE regisseur <> lower(btrim(regisseur));
UPDATE escalatiewachtrij SET opgepakt_door = lower(btrim(opgepakt_door))
WHERE opgepakt_door <> lower(btrim(opgepakt_door));
