-- Name search by word: each person's name split into its words (as Zoeknaam writes them), and the known words
-- themselves with a trigram index. A typed word is first matched against the known words (prefix or alike: a few
-- thousand rows), then persons are found through the array index by holding a match for every typed word, so a
-- search no longer compares the typed name with every stored name that shares a trigram. The words carry no link to a
-- person or household; a word no person has any more is removed with that person.
ALTER TABLE zoek_persoon ADD COLUMN naam_woorden TEXT[] NOT NULL DEFAULT '{}';
UPDATE zoek_persoon SET naam_woorden = string_to_array(naam_zoek, ' ') WHERE naam_zoek <> '';
CREATE INDEX zoek_persoon_naam_woorden ON zoek_persoon USING gin (naam_woorden);

CREATE TABLE zoek_naamwoord (
    woord TEXT PRIMARY KEY
);
INSERT INTO zoek_naamwoord (woord) SELECT DISTINCT unnest(naam_woorden) FROM zoek_persoon ON CONFLICT DO NOTHING;
CREATE INDEX zoek_naamwoord_trgm ON zoek_naamwoord USING gin (woord gin_trgm_ops);
