-- A past period no longer changes: every closure of a casus is a fact of its own, and so is every outcome it gave a
-- hulpvraag. A reopening no longer erases the earlier closure; it only marks the outcome as reopened, so that the
-- workload counts the hulpvraag as open again from then on. Still no personal data: technical keys, teams, enums.

-- One row per closure of a casus: its doorlooptijd runs from the first opening to this closure.
CREATE TABLE figuur_sluiting (
    casus_id    VARCHAR(64) NOT NULL,
    gesloten_op TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (casus_id, gesloten_op)
);
CREATE INDEX figuur_sluiting_gesloten ON figuur_sluiting (gesloten_op);

-- One row per outcome a closure gave a hulpvraag, with the team that handled it at that closure; heropend_op is
-- when the casus was reopened after this closure (the hulpvraag is then open again).
CREATE TABLE figuur_uitkomst (
    hulpvraag_id  VARCHAR(64) NOT NULL,
    afgesloten_op TIMESTAMPTZ NOT NULL,
    casus_id      VARCHAR(64) NOT NULL,
    team          VARCHAR(64),
    uitkomst      VARCHAR(32) NOT NULL,
    heropend_op   TIMESTAMPTZ,
    PRIMARY KEY (hulpvraag_id, afgesloten_op)
);
CREATE INDEX figuur_uitkomst_casus ON figuur_uitkomst (casus_id);
CREATE INDEX figuur_uitkomst_afgesloten ON figuur_uitkomst (afgesloten_op);
CREATE INDEX figuur_uitkomst_heropend ON figuur_uitkomst (heropend_op) WHERE heropend_op IS NOT NULL;

-- The latest closures known so far carry over; closures a reopening already erased come back with a rebuild.
INSERT INTO figuur_sluiting (casus_id, gesloten_op)
SELECT casus_id, gesloten_op FROM figuur_casus WHERE gesloten_op IS NOT NULL;
INSERT INTO figuur_uitkomst (hulpvraag_id, afgesloten_op, casus_id, team, uitkomst)
SELECT hulpvraag_id, afgesloten_op, casus_id, team, uitkomst FROM figuur_hulpvraag
WHERE afgesloten_op IS NOT NULL AND uitkomst IS NOT NULL;

ALTER TABLE figuur_casus DROP COLUMN gesloten_op;
ALTER TABLE figuur_hulpvraag DROP COLUMN uitkomst, DROP COLUMN afgesloten_op;
