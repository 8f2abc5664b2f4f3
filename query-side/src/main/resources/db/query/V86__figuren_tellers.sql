-- The counted figure groups (termijnen, levensdomeinen, escalaties, uitkomsten, werklast) as counters per kind of
-- period, period, wijk and the group's own keys, so a figure reads a few hundred counters instead of every fact.
--
-- The counters are kept by triggers on the fact tables, in the transaction that writes the fact: each row change
-- takes the old row's contribution off and adds the new row's. That makes them exactly the aggregate of the facts,
-- whatever changes a fact: a routing moves a hulpvraag's whole werklast to its new team, a later melding that names
-- the wijk (an update of figuur_casus.wijk) moves all the casus's facts into that wijk, a reopening adds a flow to an
-- earlier closure. The projection's writes are idempotent, so a redelivered event changes no row and no counter; a
-- replay truncates facts and counters together (TRUNCATE fires no row triggers).
--
-- wijk is the wijk of the fact's casus, '' when the casus has none (or is not known): such facts count for all
-- wijken but for no single one, as the join on figuur_casus does. team '' is a fact without a team. Counters may
-- fall back to zero; the figures skip such rows, as a group without facts does not exist.

CREATE TABLE figuur_teller_termijn (
    soort   VARCHAR(8)   NOT NULL,
    begin   DATE         NOT NULL,
    wijk    VARCHAR(128) NOT NULL,
    regime  VARCHAR(64)  NOT NULL,
    spoed   BOOLEAN      NOT NULL,
    aantal  BIGINT       NOT NULL,
    op_tijd BIGINT       NOT NULL,
    te_laat BIGINT       NOT NULL,
    gestopt BIGINT       NOT NULL,
    PRIMARY KEY (soort, begin, wijk, regime, spoed)
);
CREATE TABLE figuur_teller_levensdomein (
    soort        VARCHAR(8)   NOT NULL,
    begin        DATE         NOT NULL,
    wijk         VARCHAR(128) NOT NULL,
    levensdomein TEXT         NOT NULL,
    aantal       BIGINT       NOT NULL,
    PRIMARY KEY (soort, begin, wijk, levensdomein)
);
CREATE TABLE figuur_teller_escalatie (
    soort  VARCHAR(8)   NOT NULL,
    begin  DATE         NOT NULL,
    wijk   VARCHAR(128) NOT NULL,
    niveau VARCHAR(64)  NOT NULL,
    reden  VARCHAR(64)  NOT NULL,
    aantal BIGINT       NOT NULL,
    PRIMARY KEY (soort, begin, wijk, niveau, reden)
);
-- team: the team that handled the hulpvraag at the closure (figuur_uitkomst.team)
CREATE TABLE figuur_teller_uitkomst (
    soort    VARCHAR(8)   NOT NULL,
    begin    DATE         NOT NULL,
    wijk     VARCHAR(128) NOT NULL,
    team     VARCHAR(64)  NOT NULL,
    uitkomst VARCHAR(32)  NOT NULL,
    aantal   BIGINT       NOT NULL,
    PRIMARY KEY (soort, begin, wijk, team, uitkomst)
);
-- team and wijk: those of the hulpvraag now (figuur_hulpvraag.team, the wijk of its casus), for all three flows
CREATE TABLE figuur_teller_werklast (
    soort      VARCHAR(8)   NOT NULL,
    begin      DATE         NOT NULL,
    wijk       VARCHAR(128) NOT NULL,
    team       VARCHAR(64)  NOT NULL,
    nieuw      BIGINT       NOT NULL,
    afgesloten BIGINT       NOT NULL,
    heropend   BIGINT       NOT NULL,
    PRIMARY KEY (soort, begin, wijk, team)
);

-- A later wijk moves the facts of one casus: these find them.
CREATE INDEX figuur_termijn_casus ON figuur_termijn (casus_id);
CREATE INDEX figuur_escalatie_casus ON figuur_escalatie (casus_id);

-- The durations in days, stored with the moment that ends them: the same expression the figures computed per row,
-- and its numeric form, which the mean sums (exact and independent of the order of the rows) and which the figures
-- converted per row at every query.
ALTER TABLE figuur_casus
    ADD COLUMN dagen_tot_triage FLOAT8
        GENERATED ALWAYS AS (extract(epoch FROM getrieerd_op - geopend_op)::float8 / 86400) STORED,
    ADD COLUMN dagen_tot_triage_exact NUMERIC
        GENERATED ALWAYS AS ((extract(epoch FROM getrieerd_op - geopend_op)::float8 / 86400)::numeric) STORED,
    ADD COLUMN dagen_tot_plan FLOAT8
        GENERATED ALWAYS AS (extract(epoch FROM eerste_plan_op - geopend_op)::float8 / 86400) STORED,
    ADD COLUMN dagen_tot_plan_exact NUMERIC
        GENERATED ALWAYS AS ((extract(epoch FROM eerste_plan_op - geopend_op)::float8 / 86400)::numeric) STORED;
-- A closure's doorlooptijd, from its casus's opening: written by the projection with the closure, or when the casus
-- comes after it (figuur_casus_geteld below); NULL while the casus is not known, which the figures leave out, as
-- their join did.
ALTER TABLE figuur_sluiting
    ADD COLUMN dagen FLOAT8,
    ADD COLUMN dagen_exact NUMERIC GENERATED ALWAYS AS (dagen::numeric) STORED;
UPDATE figuur_sluiting s SET dagen = extract(epoch FROM s.gesloten_op - c.geopend_op)::float8 / 86400
FROM figuur_casus c WHERE c.casus_id = s.casus_id;

CREATE FUNCTION figuur_wijk(casus VARCHAR) RETURNS VARCHAR LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN COALESCE((SELECT wijk FROM figuur_casus WHERE casus_id = casus), '');
END $$;

-- Off while figuur_perioden_herberekenen rewrites every period: it rebuilds the counters once afterwards.
CREATE FUNCTION figuur_tellers_uit() RETURNS BOOLEAN LANGUAGE sql STABLE
    AS $$ SELECT current_setting('integrale_toegang.figuur_tellers', TRUE) = 'uit' $$;

-- Every trigger below takes this lock before it counts, until its transaction ends. Several segments of the
-- projection (split mode, several query sides) write in transactions of their own, and their batches update the
-- same counter rows (this month's, per wijk and team) in different orders: without the lock two of them can deadlock,
-- and PostgreSQL aborts one. With it, the batches that count wait for each other; facts and counters stay exact.
-- The setting, local to the transaction (and undone with a savepoint that rolls back, as is the lock taken under it),
-- spares taking the lock again for every fact: that was a third of the feeding rate.
CREATE FUNCTION figuur_tellers_vergrendelen() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('integrale_toegang.figuur_tellers_slot', TRUE) IS DISTINCT FROM 'ja' THEN
        PERFORM pg_advisory_xact_lock(hashtext('figuur_tellers'));
        PERFORM set_config('integrale_toegang.figuur_tellers_slot', 'ja', TRUE);
    END IF;
END $$;

-- One contribution (teken +1 or -1) of a fact, in each kind of period its moment has one. In plpgsql, not sql:
-- PostgreSQL 15 plans the body of an SQL function that it cannot inline again on every call, plpgsql prepares its
-- statements once per connection.
CREATE FUNCTION figuur_tel_termijn(t figuur_termijn, w VARCHAR, teken INT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO figuur_teller_termijn AS x (soort, begin, wijk, regime, spoed, aantal, op_tijd, te_laat, gestopt)
    SELECT p.soort, p.begin, w, t.regime, t.spoed, teken,
           CASE WHEN t.status = 'OP_TIJD' THEN teken ELSE 0 END,
           CASE WHEN t.status = 'TE_LAAT' THEN teken ELSE 0 END,
           CASE WHEN t.status = 'GESTOPT' THEN teken ELSE 0 END
    FROM (VALUES ('WEEK', t.beeindigd_week), ('MAAND', t.beeindigd_maand), ('KWARTAAL', t.beeindigd_kwartaal))
        AS p (soort, begin)
    WHERE p.begin IS NOT NULL
    ON CONFLICT (soort, begin, wijk, regime, spoed) DO UPDATE SET aantal = x.aantal + excluded.aantal,
        op_tijd = x.op_tijd + excluded.op_tijd, te_laat = x.te_laat + excluded.te_laat,
        gestopt = x.gestopt + excluded.gestopt;
END $$;

CREATE FUNCTION figuur_tel_escalatie(e figuur_escalatie, w VARCHAR, teken INT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO figuur_teller_escalatie AS x (soort, begin, wijk, niveau, reden, aantal)
    SELECT p.soort, p.begin, w, e.niveau, e.reden, teken
    FROM (VALUES ('WEEK', e.geescaleerd_week), ('MAAND', e.geescaleerd_maand),
                 ('KWARTAAL', e.geescaleerd_kwartaal)) AS p (soort, begin)
    WHERE p.begin IS NOT NULL
    ON CONFLICT (soort, begin, wijk, niveau, reden) DO UPDATE SET aantal = x.aantal + excluded.aantal;
END $$;

CREATE FUNCTION figuur_tel_werklast(w VARCHAR, tm VARCHAR, week DATE, maand DATE, kwartaal DATE, n_nieuw INT,
                                    n_afgesloten INT, n_heropend INT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO figuur_teller_werklast AS x (soort, begin, wijk, team, nieuw, afgesloten, heropend)
    SELECT p.soort, p.begin, w, COALESCE(tm, ''), n_nieuw, n_afgesloten, n_heropend
    FROM (VALUES ('WEEK', week), ('MAAND', maand), ('KWARTAAL', kwartaal)) AS p (soort, begin)
    WHERE p.begin IS NOT NULL
    ON CONFLICT (soort, begin, wijk, team) DO UPDATE SET nieuw = x.nieuw + excluded.nieuw,
        afgesloten = x.afgesloten + excluded.afgesloten, heropend = x.heropend + excluded.heropend;
END $$;

-- An outcome in the uitkomsten, under the wijk of its own casus.
CREATE FUNCTION figuur_tel_uitkomst(u figuur_uitkomst, w VARCHAR, teken INT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO figuur_teller_uitkomst AS x (soort, begin, wijk, team, uitkomst, aantal)
    SELECT p.soort, p.begin, w, COALESCE(u.team, ''), u.uitkomst, teken
    FROM (VALUES ('WEEK', u.afgesloten_week), ('MAAND', u.afgesloten_maand),
                 ('KWARTAAL', u.afgesloten_kwartaal)) AS p (soort, begin)
    WHERE p.begin IS NOT NULL
    ON CONFLICT (soort, begin, wijk, team, uitkomst) DO UPDATE SET aantal = x.aantal + excluded.aantal;
END $$;

-- An outcome's closure and reopening in the werklast, under the team and wijk of its hulpvraag, if that is known.
CREATE FUNCTION figuur_tel_uitkomst_werklast(u figuur_uitkomst, h figuur_hulpvraag, w VARCHAR, teken INT)
    RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    PERFORM figuur_tel_werklast(w, h.team, u.afgesloten_week, u.afgesloten_maand, u.afgesloten_kwartaal, 0, teken, 0);
    IF u.heropend_week IS NOT NULL OR u.heropend_maand IS NOT NULL OR u.heropend_kwartaal IS NOT NULL THEN
        PERFORM figuur_tel_werklast(w, h.team, u.heropend_week, u.heropend_maand, u.heropend_kwartaal, 0, 0, teken);
    END IF;
END $$;

-- A hulpvraag in the levensdomeinen and the werklast, with the closures and reopenings of its outcomes.
CREATE FUNCTION figuur_tel_hulpvraag(h figuur_hulpvraag, w VARCHAR, teken INT) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    u figuur_uitkomst;
BEGIN
    INSERT INTO figuur_teller_levensdomein AS x (soort, begin, wijk, levensdomein, aantal)
    SELECT p.soort, p.begin, w, d.levensdomein, sum(teken)
    FROM (VALUES ('WEEK', h.geregistreerd_week), ('MAAND', h.geregistreerd_maand),
                 ('KWARTAAL', h.geregistreerd_kwartaal)) AS p (soort, begin)
    CROSS JOIN unnest(h.levensdomeinen) AS d (levensdomein)
    WHERE p.begin IS NOT NULL
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (soort, begin, wijk, levensdomein) DO UPDATE SET aantal = x.aantal + excluded.aantal;
    PERFORM figuur_tel_werklast(w, h.team, h.geregistreerd_week, h.geregistreerd_maand, h.geregistreerd_kwartaal,
                                teken, 0, 0);
    FOR u IN SELECT * FROM figuur_uitkomst WHERE hulpvraag_id = h.hulpvraag_id LOOP
        PERFORM figuur_tel_uitkomst_werklast(u, h, w, teken);
    END LOOP;
END $$;

CREATE FUNCTION figuur_termijn_geteld() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF figuur_tellers_uit() THEN
        RETURN NULL;
    END IF;
    PERFORM figuur_tellers_vergrendelen();
    -- a running clock has no period yet and counts nowhere
    IF TG_OP <> 'INSERT' AND num_nonnulls(OLD.beeindigd_week, OLD.beeindigd_maand, OLD.beeindigd_kwartaal) > 0 THEN
        PERFORM figuur_tel_termijn(OLD, figuur_wijk(OLD.casus_id), -1);
    END IF;
    IF TG_OP <> 'DELETE' AND num_nonnulls(NEW.beeindigd_week, NEW.beeindigd_maand, NEW.beeindigd_kwartaal) > 0 THEN
        PERFORM figuur_tel_termijn(NEW, figuur_wijk(NEW.casus_id), 1);
    END IF;
    RETURN NULL;
END $$;
-- Row triggers fire only where a counter can change: the WHEN clauses spare the function call otherwise (a clock is
-- written running, without a period).
CREATE TRIGGER figuur_termijn_geteld
    AFTER DELETE ON figuur_termijn
    FOR EACH ROW EXECUTE FUNCTION figuur_termijn_geteld();
CREATE TRIGGER figuur_termijn_nieuw
    AFTER INSERT ON figuur_termijn
    FOR EACH ROW WHEN (num_nonnulls(NEW.beeindigd_week, NEW.beeindigd_maand, NEW.beeindigd_kwartaal) > 0)
    EXECUTE FUNCTION figuur_termijn_geteld();
CREATE TRIGGER figuur_termijn_gewijzigd
    AFTER UPDATE OF casus_id, regime, spoed, status, beeindigd_week, beeindigd_maand, beeindigd_kwartaal
    ON figuur_termijn
    FOR EACH ROW
    WHEN ((OLD.casus_id, OLD.regime, OLD.spoed, OLD.status, OLD.beeindigd_week, OLD.beeindigd_maand,
           OLD.beeindigd_kwartaal)
          IS DISTINCT FROM (NEW.casus_id, NEW.regime, NEW.spoed, NEW.status, NEW.beeindigd_week, NEW.beeindigd_maand,
                            NEW.beeindigd_kwartaal))
    EXECUTE FUNCTION figuur_termijn_geteld();

CREATE FUNCTION figuur_escalatie_geteld() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF figuur_tellers_uit() THEN
        RETURN NULL;
    END IF;
    PERFORM figuur_tellers_vergrendelen();
    IF TG_OP <> 'INSERT' THEN
        PERFORM figuur_tel_escalatie(OLD, figuur_wijk(OLD.casus_id), -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM figuur_tel_escalatie(NEW, figuur_wijk(NEW.casus_id), 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER figuur_escalatie_geteld
    AFTER INSERT OR DELETE ON figuur_escalatie
    FOR EACH ROW EXECUTE FUNCTION figuur_escalatie_geteld();
CREATE TRIGGER figuur_escalatie_gewijzigd
    AFTER UPDATE OF casus_id, niveau, reden, geescaleerd_week, geescaleerd_maand, geescaleerd_kwartaal
    ON figuur_escalatie
    FOR EACH ROW
    WHEN ((OLD.casus_id, OLD.niveau, OLD.reden, OLD.geescaleerd_week, OLD.geescaleerd_maand, OLD.geescaleerd_kwartaal)
          IS DISTINCT FROM (NEW.casus_id, NEW.niveau, NEW.reden, NEW.geescaleerd_week, NEW.geescaleerd_maand,
                            NEW.geescaleerd_kwartaal))
    EXECUTE FUNCTION figuur_escalatie_geteld();

CREATE FUNCTION figuur_uitkomst_geteld() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    h figuur_hulpvraag;
BEGIN
    IF figuur_tellers_uit() THEN
        RETURN NULL;
    END IF;
    PERFORM figuur_tellers_vergrendelen();
    IF TG_OP <> 'INSERT' THEN
        PERFORM figuur_tel_uitkomst(OLD, figuur_wijk(OLD.casus_id), -1);
        SELECT * INTO h FROM figuur_hulpvraag WHERE hulpvraag_id = OLD.hulpvraag_id;
        IF FOUND THEN
            PERFORM figuur_tel_uitkomst_werklast(OLD, h, figuur_wijk(h.casus_id), -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM figuur_tel_uitkomst(NEW, figuur_wijk(NEW.casus_id), 1);
        SELECT * INTO h FROM figuur_hulpvraag WHERE hulpvraag_id = NEW.hulpvraag_id;
        IF FOUND THEN
            PERFORM figuur_tel_uitkomst_werklast(NEW, h, figuur_wijk(h.casus_id), 1);
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER figuur_uitkomst_geteld
    AFTER INSERT OR DELETE ON figuur_uitkomst
    FOR EACH ROW EXECUTE FUNCTION figuur_uitkomst_geteld();
CREATE TRIGGER figuur_uitkomst_gewijzigd
    AFTER UPDATE OF hulpvraag_id, casus_id, team, uitkomst, afgesloten_week, afgesloten_maand, afgesloten_kwartaal,
        heropend_week, heropend_maand, heropend_kwartaal ON figuur_uitkomst
    FOR EACH ROW
    WHEN ((OLD.hulpvraag_id, OLD.casus_id, OLD.team, OLD.uitkomst, OLD.afgesloten_week, OLD.afgesloten_maand,
           OLD.afgesloten_kwartaal, OLD.heropend_week, OLD.heropend_maand, OLD.heropend_kwartaal)
          IS DISTINCT FROM (NEW.hulpvraag_id, NEW.casus_id, NEW.team, NEW.uitkomst, NEW.afgesloten_week,
                            NEW.afgesloten_maand, NEW.afgesloten_kwartaal, NEW.heropend_week, NEW.heropend_maand,
                            NEW.heropend_kwartaal))
    EXECUTE FUNCTION figuur_uitkomst_geteld();

CREATE FUNCTION figuur_hulpvraag_geteld() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF figuur_tellers_uit() THEN
        RETURN NULL;
    END IF;
    PERFORM figuur_tellers_vergrendelen();
    IF TG_OP <> 'INSERT' THEN
        PERFORM figuur_tel_hulpvraag(OLD, figuur_wijk(OLD.casus_id), -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM figuur_tel_hulpvraag(NEW, figuur_wijk(NEW.casus_id), 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER figuur_hulpvraag_geteld
    AFTER INSERT OR DELETE ON figuur_hulpvraag
    FOR EACH ROW EXECUTE FUNCTION figuur_hulpvraag_geteld();
CREATE TRIGGER figuur_hulpvraag_gewijzigd
    AFTER UPDATE OF hulpvraag_id, casus_id, team, levensdomeinen, geregistreerd_week, geregistreerd_maand,
        geregistreerd_kwartaal ON figuur_hulpvraag
    FOR EACH ROW
    WHEN ((OLD.hulpvraag_id, OLD.casus_id, OLD.team, OLD.levensdomeinen, OLD.geregistreerd_week,
           OLD.geregistreerd_maand, OLD.geregistreerd_kwartaal)
          IS DISTINCT FROM (NEW.hulpvraag_id, NEW.casus_id, NEW.team, NEW.levensdomeinen, NEW.geregistreerd_week,
                            NEW.geregistreerd_maand, NEW.geregistreerd_kwartaal))
    EXECUTE FUNCTION figuur_hulpvraag_geteld();

-- A casus that gets (or loses) its wijk takes all its facts along: off the old wijk's counters, onto the new one's.
-- A casus that comes (or goes) gives its closures their doorlooptijd (or takes it).
CREATE FUNCTION figuur_casus_geteld() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    casus VARCHAR := CASE WHEN TG_OP = 'DELETE' THEN OLD.casus_id ELSE NEW.casus_id END;
    oud VARCHAR := CASE WHEN TG_OP = 'INSERT' THEN '' ELSE COALESCE(OLD.wijk, '') END;
    nieuw VARCHAR := CASE WHEN TG_OP = 'DELETE' THEN '' ELSE COALESCE(NEW.wijk, '') END;
    t figuur_termijn;
    e figuur_escalatie;
    u figuur_uitkomst;
    h figuur_hulpvraag;
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        UPDATE figuur_sluiting s
        SET dagen = CASE WHEN TG_OP = 'INSERT'
                         THEN extract(epoch FROM s.gesloten_op - NEW.geopend_op)::float8 / 86400 END
        WHERE s.casus_id = casus;
    END IF;
    IF figuur_tellers_uit() OR oud = nieuw THEN
        RETURN NULL;
    END IF;
    -- a casus comes before its facts, as a rule: one look instead of four
    IF TG_OP = 'INSERT' AND NOT EXISTS (SELECT FROM figuur_hulpvraag WHERE casus_id = casus)
            AND NOT EXISTS (SELECT FROM figuur_termijn WHERE casus_id = casus)
            AND NOT EXISTS (SELECT FROM figuur_escalatie WHERE casus_id = casus)
            AND NOT EXISTS (SELECT FROM figuur_uitkomst WHERE casus_id = casus) THEN
        RETURN NULL;
    END IF;
    PERFORM figuur_tellers_vergrendelen();
    FOR t IN SELECT * FROM figuur_termijn WHERE casus_id = casus LOOP
        PERFORM figuur_tel_termijn(t, oud, -1);
        PERFORM figuur_tel_termijn(t, nieuw, 1);
    END LOOP;
    FOR e IN SELECT * FROM figuur_escalatie WHERE casus_id = casus LOOP
        PERFORM figuur_tel_escalatie(e, oud, -1);
        PERFORM figuur_tel_escalatie(e, nieuw, 1);
    END LOOP;
    FOR u IN SELECT * FROM figuur_uitkomst WHERE casus_id = casus LOOP
        PERFORM figuur_tel_uitkomst(u, oud, -1);
        PERFORM figuur_tel_uitkomst(u, nieuw, 1);
    END LOOP;
    FOR h IN SELECT * FROM figuur_hulpvraag WHERE casus_id = casus LOOP
        PERFORM figuur_tel_hulpvraag(h, oud, -1);
        PERFORM figuur_tel_hulpvraag(h, nieuw, 1);
    END LOOP;
    RETURN NULL;
END $$;
CREATE TRIGGER figuur_casus_geteld
    AFTER INSERT OR DELETE ON figuur_casus
    FOR EACH ROW EXECUTE FUNCTION figuur_casus_geteld();
CREATE TRIGGER figuur_casus_gewijzigd
    AFTER UPDATE OF wijk ON figuur_casus
    FOR EACH ROW WHEN (OLD.wijk IS DISTINCT FROM NEW.wijk)
    EXECUTE FUNCTION figuur_casus_geteld();

-- Every counter from the facts at once, with the same definitions as the triggers: the backfill below, and after a
-- zone change has rewritten every period.
CREATE FUNCTION figuur_tellers_herbouwen() RETURNS VOID LANGUAGE sql AS $$
    TRUNCATE figuur_teller_termijn, figuur_teller_levensdomein, figuur_teller_escalatie, figuur_teller_uitkomst,
        figuur_teller_werklast;

    INSERT INTO figuur_teller_termijn (soort, begin, wijk, regime, spoed, aantal, op_tijd, te_laat, gestopt)
    SELECT p.soort, p.begin, COALESCE(c.wijk, ''), t.regime, t.spoed, count(*),
           count(*) FILTER (WHERE t.status = 'OP_TIJD'), count(*) FILTER (WHERE t.status = 'TE_LAAT'),
           count(*) FILTER (WHERE t.status = 'GESTOPT')
    FROM figuur_termijn t LEFT JOIN figuur_casus c ON c.casus_id = t.casus_id
    CROSS JOIN LATERAL (VALUES ('WEEK', t.beeindigd_week), ('MAAND', t.beeindigd_maand),
                               ('KWARTAAL', t.beeindigd_kwartaal)) AS p (soort, begin)
    WHERE p.begin IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;

    INSERT INTO figuur_teller_levensdomein (soort, begin, wijk, levensdomein, aantal)
    SELECT p.soort, p.begin, COALESCE(c.wijk, ''), d.levensdomein, count(*)
    FROM figuur_hulpvraag h LEFT JOIN figuur_casus c ON c.casus_id = h.casus_id
    CROSS JOIN LATERAL (VALUES ('WEEK', h.geregistreerd_week), ('MAAND', h.geregistreerd_maand),
                               ('KWARTAAL', h.geregistreerd_kwartaal)) AS p (soort, begin)
    CROSS JOIN unnest(h.levensdomeinen) AS d (levensdomein)
    WHERE p.begin IS NOT NULL
    GROUP BY 1, 2, 3, 4;

    INSERT INTO figuur_teller_escalatie (soort, begin, wijk, niveau, reden, aantal)
    SELECT p.soort, p.begin, COALESCE(c.wijk, ''), e.niveau, e.reden, count(*)
    FROM figuur_escalatie e LEFT JOIN figuur_casus c ON c.casus_id = e.casus_id
    CROSS JOIN LATERAL (VALUES ('WEEK', e.geescaleerd_week), ('MAAND', e.geescaleerd_maand),
                               ('KWARTAAL', e.geescaleerd_kwartaal)) AS p (soort, begin)
    WHERE p.begin IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;

    INSERT INTO figuur_teller_uitkomst (soort, begin, wijk, team, uitkomst, aantal)
    SELECT p.soort, p.begin, COALESCE(c.wijk, ''), COALESCE(u.team, ''), u.uitkomst, count(*)
    FROM figuur_uitkomst u LEFT JOIN figuur_casus c ON c.casus_id = u.casus_id
    CROSS JOIN LATERAL (VALUES ('WEEK', u.afgesloten_week), ('MAAND', u.afgesloten_maand),
                               ('KWARTAAL', u.afgesloten_kwartaal)) AS p (soort, begin)
    WHERE p.begin IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;

    INSERT INTO figuur_teller_werklast (soort, begin, wijk, team, nieuw, afgesloten, heropend)
    SELECT p.soort, p.begin, COALESCE(c.wijk, ''), COALESCE(h.team, ''), sum(p.nieuw), sum(p.afgesloten),
           sum(p.heropend)
    FROM figuur_hulpvraag h LEFT JOIN figuur_casus c ON c.casus_id = h.casus_id
    CROSS JOIN LATERAL (
        VALUES ('WEEK', h.geregistreerd_week, 1, 0, 0), ('MAAND', h.geregistreerd_maand, 1, 0, 0),
               ('KWARTAAL', h.geregistreerd_kwartaal, 1, 0, 0)
        UNION ALL
        SELECT s.soort, s.begin, 0, s.afgesloten, s.heropend
        FROM figuur_uitkomst u
        CROSS JOIN LATERAL (VALUES ('WEEK', u.afgesloten_week, 1, 0), ('MAAND', u.afgesloten_maand, 1, 0),
                                   ('KWARTAAL', u.afgesloten_kwartaal, 1, 0), ('WEEK', u.heropend_week, 0, 1),
                                   ('MAAND', u.heropend_maand, 0, 1), ('KWARTAAL', u.heropend_kwartaal, 0, 1))
            AS s (soort, begin, afgesloten, heropend)
        WHERE u.hulpvraag_id = h.hulpvraag_id) AS p (soort, begin, nieuw, afgesloten, heropend)
    WHERE p.begin IS NOT NULL
    GROUP BY 1, 2, 3, 4;
$$;

-- A zone change rewrites every stored period (FigurenKalender calls this instead of figuur_perioden_herberekenen):
-- the counters are rebuilt once after it instead of row by row.
CREATE FUNCTION figuur_perioden_en_tellers_herberekenen(tz TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('integrale_toegang.figuur_tellers', 'uit', TRUE);
    PERFORM figuur_perioden_herberekenen(tz);
    PERFORM set_config('integrale_toegang.figuur_tellers', 'aan', TRUE);
    PERFORM figuur_tellers_herbouwen();
END $$;

SELECT figuur_tellers_herbouwen();
