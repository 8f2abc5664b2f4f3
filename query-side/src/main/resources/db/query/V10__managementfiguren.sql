-- Facts for the management figures. No personal data: no names, no BSN, no free text, no household id. The casus
-- id is only a technical key; wijk and team are organisational. All figures are computed from these tables.

-- One row per casus: the moments its wachttijden and doorlooptijd are measured between.
CREATE TABLE figuur_casus (
    casus_id       VARCHAR(64) PRIMARY KEY,
    wijk           VARCHAR(64),
    geopend_op     TIMESTAMPTZ NOT NULL,
    getrieerd_op   TIMESTAMPTZ,
    eerste_plan_op TIMESTAMPTZ,
    gesloten_op    TIMESTAMPTZ
);
CREATE INDEX figuur_casus_getrieerd ON figuur_casus (getrieerd_op) WHERE getrieerd_op IS NOT NULL;
CREATE INDEX figuur_casus_eerste_plan ON figuur_casus (eerste_plan_op) WHERE eerste_plan_op IS NOT NULL;
CREATE INDEX figuur_casus_gesloten ON figuur_casus (gesloten_op) WHERE gesloten_op IS NOT NULL;
CREATE INDEX figuur_casus_wijk ON figuur_casus (wijk);

-- One row per hulpvraag: its levensdomeinen, the team that handles it and, once its casus closed, the outcome.
CREATE TABLE figuur_hulpvraag (
    hulpvraag_id     VARCHAR(64) PRIMARY KEY,
    casus_id         VARCHAR(64) NOT NULL,
    team             VARCHAR(64),
    levensdomeinen   TEXT[]      NOT NULL,
    geregistreerd_op TIMESTAMPTZ NOT NULL,
    uitkomst         VARCHAR(32),
    afgesloten_op    TIMESTAMPTZ
);
CREATE INDEX figuur_hulpvraag_casus ON figuur_hulpvraag (casus_id);
CREATE INDEX figuur_hulpvraag_geregistreerd ON figuur_hulpvraag (geregistreerd_op);
CREATE INDEX figuur_hulpvraag_afgesloten ON figuur_hulpvraag (afgesloten_op) WHERE afgesloten_op IS NOT NULL;

-- One row per legal clock: LOPEND until it ends OP_TIJD, TE_LAAT (expired, or met after expiry) or GESTOPT.
-- beeindigd_op is when the outcome was decided: the moment met, the expiry, or the stop.
CREATE TABLE figuur_termijn (
    termijn_id   VARCHAR(64) PRIMARY KEY,
    casus_id     VARCHAR(64) NOT NULL,
    regime       VARCHAR(64) NOT NULL,
    spoed        BOOLEAN     NOT NULL,
    gestart_op   TIMESTAMPTZ NOT NULL,
    vervalt_op   TIMESTAMPTZ NOT NULL,
    status       VARCHAR(16) NOT NULL,
    beeindigd_op TIMESTAMPTZ
);
CREATE INDEX figuur_termijn_beeindigd ON figuur_termijn (beeindigd_op) WHERE beeindigd_op IS NOT NULL;

-- One row per rung an escalation reached: a trajectory reaches each level at most once.
CREATE TABLE figuur_escalatie (
    escalatie_id   VARCHAR(64) NOT NULL,
    niveau         VARCHAR(64) NOT NULL,
    casus_id       VARCHAR(64) NOT NULL,
    reden          VARCHAR(64) NOT NULL,
    geescaleerd_op TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (escalatie_id, niveau)
);
CREATE INDEX figuur_escalatie_geescaleerd ON figuur_escalatie (geescaleerd_op);
