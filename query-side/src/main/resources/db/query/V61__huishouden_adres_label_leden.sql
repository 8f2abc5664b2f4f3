-- The household itself in its overview: its address (BAG/BRP parts, personal data of the household) and the label
-- workers recognise it by (computed with HuishoudenLabel from the decrypted address and current members, recomputed
-- on every change and on erasure). Part of the huishoudenoverzicht projection; rebuilt from the event store on a reset.
CREATE TABLE huishouden_overzicht (
    huishouden_id        VARCHAR(64) PRIMARY KEY,
    postcode             VARCHAR(6),
    huisnummer           INTEGER,
    huisletter           VARCHAR(1),
    huisnummertoevoeging VARCHAR(4),
    straat               VARCHAR(128),
    woonplaats           VARCHAR(128),
    adres_sinds          DATE,
    label                TEXT        NOT NULL
);

-- members with their role and dates: who joined when, who left when (past members stay in the overview)
ALTER TABLE lid_overzicht
    ADD COLUMN rol           VARCHAR(16),
    ADD COLUMN lid_sinds     DATE,
    ADD COLUMN vertrokken_op DATE;
