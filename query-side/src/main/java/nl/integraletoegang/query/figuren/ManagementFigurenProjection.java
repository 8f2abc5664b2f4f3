package nl.integraletoegang.query.figuren;

import static nl.integraletoegang.query.Tijdstippen.tijdstip;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.CasusTriaged;
import nl.integraletoegang.api.casus.HulpvraagRouted;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.escalatie.CasusEscalatedToDoorbraakteam;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.CasusEscalatedUnderAve;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.figuren.FindManagementFiguren;
import nl.integraletoegang.api.figuren.ManagementFiguren;
import nl.integraletoegang.api.plan.PlanVersionAdopted;
import nl.integraletoegang.api.termijn.TermijnExpired;
import nl.integraletoegang.api.termijn.TermijnMet;
import nl.integraletoegang.api.termijn.TermijnResumed;
import nl.integraletoegang.api.termijn.TermijnStarted;
import nl.integraletoegang.api.termijn.TermijnStopped;
import nl.integraletoegang.query.Tijdstippen;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts behind the management figures: moments per casus, hulpvraag, termijn and escalation, without personal
 * data. Every write is idempotent (inserts keyed by the fact's id, updates guarded by the state they move from), so
 * an event delivered twice changes nothing; a replay truncates the facts and rebuilds them. Events of one household
 * arrive in order (sequenced per aggregate); guards keep the facts right when one is redelivered later. Each moment
 * is written together with its local week, month and quarter ({@link Perioden#kolommen}), in the same statement.
 * The counters of the counted groups follow every fact row through triggers ({@code V86__figuren_tellers.sql}).
 */
@Component
@ProcessingGroup(ManagementFigurenProjection.PROCESSING_GROUP)
class ManagementFigurenProjection {

    static final String PROCESSING_GROUP = "managementfiguren";

    private final JdbcClient jdbc;
    private final FigurenBerekening berekening;
    /** The zone of the periods every fact stores with its moments (see {@link FigurenKalender}). */
    private final String tijdzone;

    ManagementFigurenProjection(JdbcClient jdbc, FigurenBerekening berekening,
                                @Value("${integrale-toegang.figuren.tijdzone:" + Tijdstippen.TIJDZONE + "}")
                                ZoneId tijdzone) {
        this.jdbc = jdbc;
        this.berekening = berekening;
        this.tijdzone = tijdzone.getId();
    }

    @EventHandler
    void on(CasusOpened event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO figuur_casus (casus_id, wijk, geopend_op) VALUES (:casusId, :wijk, :at)
                        ON CONFLICT (casus_id) DO NOTHING""")
                .param("casusId", event.casusId())
                .param("wijk", blankToNull(event.wijk()))
                .param("at", tijdstip(at))
                .update();
    }

    @EventHandler
    void on(MeldingRegistered event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO figuur_hulpvraag (hulpvraag_id, casus_id, team, levensdomeinen, geregistreerd_op, %s)
                        VALUES (:hulpvraagId, :casusId, :team, :levensdomeinen, :at, %s)
                        ON CONFLICT (hulpvraag_id) DO NOTHING""".formatted(Perioden.kolommen("geregistreerd"),
                        Perioden.waarden(":at")))
                .param("tz", tijdzone)
                .param("hulpvraagId", event.hulpvraagId())
                .param("casusId", event.casusId())
                .param("team", event.team())
                .param("levensdomeinen", event.levensdomeinen().stream().map(Enum::name).sorted()
                        .toArray(String[]::new))
                .param("at", tijdstip(at))
                .update();
        // the first melding may have come without a wijk; a later one that names it places the casus
        if (blankToNull(event.wijk()) != null) {
            jdbc.sql("UPDATE figuur_casus SET wijk = :wijk WHERE casus_id = :casusId AND wijk IS NULL")
                    .param("wijk", event.wijk())
                    .param("casusId", event.casusId())
                    .update();
        }
    }

    @EventHandler
    void on(HulpvraagRouted event) {
        jdbc.sql("UPDATE figuur_hulpvraag SET team = :team WHERE hulpvraag_id = :hulpvraagId")
                .param("team", event.naarTeam())
                .param("hulpvraagId", event.hulpvraagId())
                .update();
    }

    @EventHandler
    void on(CasusTriaged event, @Timestamp Instant at) {
        firstMoment("getrieerd", event.casusId(), at);
    }

    @EventHandler
    void on(PlanVersionAdopted event, @Timestamp Instant at) {
        firstMoment("eerste_plan", event.casusId(), at);
    }

    /** The earliest of possibly several moments counts; a redelivered event cannot move it. */
    private void firstMoment(String moment, String casusId, Instant at) {
        String eerste = "LEAST(COALESCE(%s_op, :at), :at)".formatted(moment);
        jdbc.sql("UPDATE figuur_casus SET %s_op = %s, %s WHERE casus_id = :casusId"
                        .formatted(moment, eerste, Perioden.toewijzingen(moment, eerste)))
                .param("tz", tijdzone)
                .param("at", tijdstip(at))
                .param("casusId", casusId)
                .update();
    }

    /**
     * Every closure is a fact of its own, counted in the period it happened in; a later reopening does not take it
     * back. Each outcome keeps the team that handled the hulpvraag at that closure.
     */
    @EventHandler
    void on(CasusClosed event, @Timestamp Instant at) {
        // a merge is no closure and SAMENGEVOEGD no result: the hulpvragen continue, and count, in the other casus
        Map<String, Uitkomst> uitkomsten = new LinkedHashMap<>(event.uitkomsten());
        uitkomsten.values().removeIf(Uitkomst.SAMENGEVOEGD::equals);
        if (uitkomsten.isEmpty()) {
            return;
        }
        // the doorlooptijd in days, from the casus's opening; without the casus (not yet known) it is filled when the
        // casus comes (V86__figuren_tellers.sql)
        jdbc.sql("""
                        INSERT INTO figuur_sluiting (casus_id, gesloten_op, %s, dagen)
                        VALUES (:casusId, :at, %s,
                                (SELECT extract(epoch FROM CAST(:at AS timestamptz) - geopend_op)::float8 / 86400
                                 FROM figuur_casus WHERE casus_id = :casusId))
                        ON CONFLICT (casus_id, gesloten_op) DO NOTHING""".formatted(Perioden.kolommen("gesloten"),
                        Perioden.waarden(":at")))
                .param("tz", tijdzone)
                .param("casusId", event.casusId())
                .param("at", tijdstip(at))
                .update();
        jdbc.sql("""
                        INSERT INTO figuur_uitkomst (hulpvraag_id, afgesloten_op, casus_id, team, uitkomst, %s)
                        SELECT u.hulpvraag_id, :at, :casusId, h.team, u.uitkomst, %s
                        FROM unnest(CAST(:ids AS text[]), CAST(:uitkomsten AS text[])) AS u (hulpvraag_id, uitkomst)
                        LEFT JOIN figuur_hulpvraag h ON h.hulpvraag_id = u.hulpvraag_id
                        ON CONFLICT (hulpvraag_id, afgesloten_op) DO NOTHING""".formatted(
                        Perioden.kolommen("afgesloten"), Perioden.waarden(":at")))
                .param("tz", tijdzone)
                .param("at", tijdstip(at))
                .param("casusId", event.casusId())
                .param("ids", uitkomsten.keySet().toArray(String[]::new))
                .param("uitkomsten", uitkomsten.keySet().stream().map(id -> uitkomsten.get(id).name())
                        .toArray(String[]::new))
                .update();
    }

    /**
     * A reopened casus is open again until its next closure: its hulpvragen count as open from the reopening on,
     * while the closure before it stays in its own period. Only a closure not yet reopened is marked, so a
     * redelivered reopening changes nothing.
     */
    @EventHandler
    void on(CasusReopened event, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE figuur_uitkomst SET heropend_op = :at, %s
                        WHERE casus_id = :casusId AND heropend_op IS NULL AND afgesloten_op <= :at""".formatted(
                        Perioden.toewijzingen("heropend", ":at")))
                .param("tz", tijdzone)
                .param("casusId", event.casusId())
                .param("at", tijdstip(at))
                .update();
    }

    @EventHandler
    void on(CasusEscalatedToProcesregisseur event, @Timestamp Instant at) {
        escalated(event.escalatieId(), EscalatieNiveau.PROCESREGISSEUR, event.casusId(), event.reden(), at);
    }

    @EventHandler
    void on(CasusEscalatedToDoorbraakteam event, @Timestamp Instant at) {
        escalated(event.escalatieId(), EscalatieNiveau.DOORBRAAKTEAM, event.casusId(), event.reden(), at);
    }

    @EventHandler
    void on(CasusEscalatedUnderAve event, @Timestamp Instant at) {
        escalated(event.escalatieId(), event.niveau(), event.casusId(), event.reden(), at);
    }

    private void escalated(String escalatieId, EscalatieNiveau niveau, String casusId, EscalatieReden reden,
                           Instant at) {
        jdbc.sql("""
                        INSERT INTO figuur_escalatie (escalatie_id, niveau, casus_id, reden, geescaleerd_op, %s)
                        VALUES (:escalatieId, :niveau, :casusId, :reden, :at, %s)
                        ON CONFLICT (escalatie_id, niveau) DO NOTHING""".formatted(Perioden.kolommen("geescaleerd"),
                        Perioden.waarden(":at")))
                .param("tz", tijdzone)
                .param("escalatieId", escalatieId)
                .param("niveau", niveau.name())
                .param("casusId", casusId)
                .param("reden", reden.name())
                .param("at", tijdstip(at))
                .update();
    }

    @EventHandler
    void on(TermijnStarted event) {
        jdbc.sql("""
                        INSERT INTO figuur_termijn (termijn_id, casus_id, regime, spoed, gestart_op, vervalt_op, status)
                        VALUES (:termijnId, :casusId, :regime, :spoed, :gestartOp, :vervaltOp, :lopend)
                        ON CONFLICT (termijn_id) DO NOTHING""")
                .param("lopend", NalevingStatus.LOPEND.name())
                .param("termijnId", event.termijnId())
                .param("casusId", event.casusId())
                .param("regime", event.regime())
                .param("spoed", event.spoed())
                .param("gestartOp", tijdstip(event.gestartOp()))
                .param("vervaltOp", tijdstip(event.vervaltOp()))
                .update();
    }

    /** A resumed clock expires later; suspension itself moves nothing (the expiry waits, then is recomputed). */
    @EventHandler
    void on(TermijnResumed event) {
        jdbc.sql("""
                        UPDATE figuur_termijn SET vervalt_op = :vervaltOp
                        WHERE termijn_id = :termijnId AND status = :lopend""")
                .param("lopend", NalevingStatus.LOPEND.name())
                .param("vervaltOp", tijdstip(event.vervaltOp()))
                .param("termijnId", event.termijnId())
                .update();
    }

    @EventHandler
    void on(TermijnMet event) {
        // met after the expiry is late, decided at the expiry; a clock that already expired stays late
        String beeindigd = "CASE WHEN :opTijd THEN :afgerondOp ELSE LEAST(vervalt_op, :afgerondOp) END";
        jdbc.sql("""
                        UPDATE figuur_termijn SET status = :status, beeindigd_op = %s, %s
                        WHERE termijn_id = :termijnId AND status = :lopend""".formatted(beeindigd,
                        Perioden.toewijzingen("beeindigd", beeindigd)))
                .param("tz", tijdzone)
                .param("status", (event.opTijd() ? NalevingStatus.OP_TIJD : NalevingStatus.TE_LAAT).name())
                .param("lopend", NalevingStatus.LOPEND.name())
                .param("opTijd", event.opTijd())
                .param("afgerondOp", tijdstip(event.afgerondOp()))
                .param("termijnId", event.termijnId())
                .update();
    }

    @EventHandler
    void on(TermijnExpired event) {
        ended(event.termijnId(), NalevingStatus.TE_LAAT, event.vervaltOp());
    }

    @EventHandler
    void on(TermijnStopped event, @Timestamp Instant at) {
        ended(event.termijnId(), NalevingStatus.GESTOPT, at);
    }

    private void ended(String termijnId, NalevingStatus status, Instant at) {
        jdbc.sql("""
                        UPDATE figuur_termijn SET status = :status, beeindigd_op = :at, %s
                        WHERE termijn_id = :termijnId AND status = :lopend""".formatted(
                        Perioden.toewijzingen("beeindigd", ":at")))
                .param("tz", tijdzone)
                .param("status", status.name())
                .param("lopend", NalevingStatus.LOPEND.name())
                .param("at", tijdstip(at))
                .param("termijnId", termijnId)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("""
                TRUNCATE figuur_casus, figuur_hulpvraag, figuur_sluiting, figuur_uitkomst, figuur_termijn,
                    figuur_escalatie, figuur_teller_termijn, figuur_teller_levensdomein, figuur_teller_escalatie,
                    figuur_teller_uitkomst, figuur_teller_werklast""").update();
    }

    @QueryHandler
    ManagementFiguren handle(FindManagementFiguren query) {
        return berekening.bereken(query);
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
