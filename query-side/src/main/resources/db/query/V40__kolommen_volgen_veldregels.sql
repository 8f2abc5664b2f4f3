-- The read models' columns follow the field rules of the contract (nl.integraletoegang.api.veld): a wijk is a Label of
-- at most 128 characters. Widening a varchar rewrites no rows. KolomlengteTest compares every column with the rules.
ALTER TABLE figuur_casus ALTER COLUMN wijk TYPE VARCHAR(128);
