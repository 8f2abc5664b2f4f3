package nl.integraletoegang.query.werkvoorraad;

import static nl.integraletoegang.query.Tijdstippen.instant;
import static nl.integraletoegang.query.Tijdstippen.tijdstip;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.integraletoegang.query.Tijdstippen;
import nl.integraletoegang.query.inzage.InzageLog;
import nl.integraletoegang.platform.vrager.Vrager;
import org.axonframework.messaging.MetaData;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.HulpvraagRouted;
import nl.integraletoegang.api.termijn.LaatsteDag;
import nl.integraletoegang.api.termijn.TermijnAboutToExpire;
import nl.integraletoegang.api.termijn.TermijnExpired;
import nl.integraletoegang.api.termijn.TermijnMet;
import nl.integraletoegang.api.termijn.TermijnResumed;
import nl.integraletoegang.api.termijn.TermijnStarted;
import nl.integraletoegang.api.termijn.TermijnStatus;
import nl.integraletoegang.api.termijn.TermijnStopped;
import nl.integraletoegang.api.termijn.TermijnSuspended;
import nl.integraletoegang.api.werkvoorraad.AflopendeTermijn;
import nl.integraletoegang.api.werkvoorraad.AflopendeTermijnenPagina;
import nl.integraletoegang.api.werkvoorraad.FindAflopendeTermijnen;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadWijziging.Soort;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadWijziging.Werklijst;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per team, the termijnen about to expire: running clocks of the team's hulpvragen (routing moves them along), and
 * expired clocks whose work is still not done, which need attention most. A suspended clock does not run down, so it
 * leaves the list until it is resumed; a met or stopped clock leaves it for good, as does everything of a closed casus.
 */
@Component
@ProcessingGroup(Rijen.PROCESSING_GROUP)
class AflopendeTermijnenProjection {

    /** The team's termijnen that matter: running or expired, of an open casus. */
    private static final String VAN_TEAM = """
            FROM werkvoorraad_termijn t
            JOIN werkvoorraad_hulpvraag h ON h.hulpvraag_id = t.hulpvraag_id
            JOIN werkvoorraad_casus c ON c.casus_id = t.casus_id
            WHERE h.team = :team AND c.open
              AND (t.status = :verlopen OR (t.status = :lopend AND t.vervalt_op <= :grens))""";

    private final JdbcClient jdbc;
    private final WerkvoorraadUpdates updates;
    private final Clock clock;
    private final ZoneId tijdzone;

    private final WerkvoorraadLabelProjection labels;
    private final InzageLog inzageLog;

    AflopendeTermijnenProjection(JdbcClient jdbc, WerkvoorraadUpdates updates, ObjectProvider<Clock> clock,
                                 @Value("${integrale-toegang.termijnen.tijdzone:" + Tijdstippen.TIJDZONE + "}")
                                 ZoneId tijdzone,
                                 WerkvoorraadLabelProjection labels, InzageLog inzageLog) {
        this.labels = labels;
        this.inzageLog = inzageLog;
        this.jdbc = jdbc;
        this.updates = updates;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.tijdzone = tijdzone;
    }

    @EventHandler
    void on(TermijnStarted event, @SequenceNumber long volgnummer) {
        int nieuw = jdbc.sql("""
                        INSERT INTO werkvoorraad_termijn (termijn_id, hulpvraag_id, casus_id, huishouden_id, regime,
                            spoed, status, vervalt_op, laatste_dag, gewaarschuwd, volgnummer)
                        VALUES (:termijnId, :hulpvraagId, :casusId, :huishoudenId, :regime, :spoed, :status,
                            :vervaltOp, :laatsteDag, FALSE, :volgnummer)
                        ON CONFLICT (termijn_id) DO NOTHING""")
                .param("termijnId", event.termijnId())
                .param("hulpvraagId", event.hulpvraagId())
                .param("casusId", event.casusId())
                .param("huishoudenId", event.huishoudenId())
                .param("regime", event.regime())
                .param("spoed", event.spoed())
                .param("status", TermijnStatus.LOPEND.name())
                .param("vervaltOp", tijdstip(event.vervaltOp()))
                .param("laatsteDag", LaatsteDag.van(event.laatsteDag(), event.vervaltOp()))
                .param("volgnummer", volgnummer)
                .update();
        if (nieuw > 0) {
            meld(teamVan(event.hulpvraagId()), Soort.TOEGEVOEGD, event.huishoudenId(), event.casusId(),
                    event.termijnId());
        }
    }

    @EventHandler
    void on(TermijnSuspended event, @SequenceNumber long volgnummer) {
        wijzig(event.termijnId(), TermijnStatus.OPGESCHORT, volgnummer, Soort.VERWIJDERD);
    }

    @EventHandler
    void on(TermijnResumed event, @SequenceNumber long volgnummer) {
        wijzig(event.termijnId(), "status = :status, vervalt_op = :vervaltOp, laatste_dag = :laatsteDag",
                TermijnStatus.LOPEND, event.vervaltOp(), LaatsteDag.van(event.laatsteDag(), event.vervaltOp()),
                volgnummer, Soort.TOEGEVOEGD);
    }

    @EventHandler
    void on(TermijnAboutToExpire event, @SequenceNumber long volgnummer) {
        wijzig(event.termijnId(), "gewaarschuwd = TRUE", null, null, null, volgnummer, Soort.BIJGEWERKT);
    }

    @EventHandler
    void on(TermijnExpired event, @SequenceNumber long volgnummer) {
        wijzig(event.termijnId(), TermijnStatus.VERLOPEN, volgnummer, Soort.BIJGEWERKT);
    }

    @EventHandler
    void on(TermijnMet event, @SequenceNumber long volgnummer) {
        wijzig(event.termijnId(), TermijnStatus.AFGEROND, volgnummer, Soort.VERWIJDERD);
    }

    @EventHandler
    void on(TermijnStopped event, @SequenceNumber long volgnummer) {
        wijzig(event.termijnId(), TermijnStatus.GESTOPT, volgnummer, Soort.VERWIJDERD);
    }

    /** Applies {@code toewijzing} unless a later event was applied already, and tells the team's stream. */
    private void wijzig(String termijnId, TermijnStatus status, long volgnummer, Soort soort) {
        wijzig(termijnId, "status = :status", status, null, null, volgnummer, soort);
    }

    private void wijzig(String termijnId, String toewijzing, TermijnStatus status, Instant vervaltOp,
                        LocalDate laatsteDag, long volgnummer, Soort soort) {
        jdbc.sql("""
                        UPDATE werkvoorraad_termijn t SET %s, volgnummer = :volgnummer
                        WHERE termijn_id = :termijnId AND volgnummer < :volgnummer
                        RETURNING t.huishouden_id, t.casus_id,
                            (SELECT team FROM werkvoorraad_hulpvraag h WHERE h.hulpvraag_id = t.hulpvraag_id) AS team"""
                        .formatted(toewijzing))
                .param("status", status == null ? null : status.name())
                .param("vervaltOp", tijdstip(vervaltOp))
                .param("laatsteDag", laatsteDag, Types.DATE)
                .param("termijnId", termijnId)
                .param("volgnummer", volgnummer)
                .query((rs, row) -> new Termijn(termijnId, rs.getString("huishouden_id"), rs.getString("casus_id"),
                        rs.getString("team")))
                .optional()
                .ifPresent(termijn -> meld(termijn.team(), soort, termijn.huishoudenId(), termijn.casusId(),
                        termijnId));
    }

    /** Routing moves the hulpvraag's clocks to the other team's list (the team itself is kept with the hulpvraag). */
    @EventHandler
    void on(HulpvraagRouted event) {
        for (Termijn termijn : zichtbaar("t.hulpvraag_id = :id", event.hulpvraagId())) {
            meld(event.vanTeam(), Soort.VERWIJDERD, termijn.huishoudenId(), termijn.casusId(), termijn.termijnId());
            meld(event.naarTeam(), Soort.TOEGEVOEGD, termijn.huishoudenId(), termijn.casusId(), termijn.termijnId());
        }
    }

    /** Closing stops running clocks (their own events), but expired ones stay expired: they leave with the casus. */
    @EventHandler
    void on(CasusClosed event) {
        zichtbaar("t.casus_id = :id", event.casusId()).forEach(termijn -> meld(termijn.team(), Soort.VERWIJDERD,
                termijn.huishoudenId(), termijn.casusId(), termijn.termijnId()));
    }

    @EventHandler
    void on(CasusReopened event) {
        zichtbaar("t.casus_id = :id", event.casusId()).forEach(termijn -> meld(termijn.team(), Soort.TOEGEVOEGD,
                termijn.huishoudenId(), termijn.casusId(), termijn.termijnId()));
    }

    private List<Termijn> zichtbaar(String filter, String id) {
        return jdbc.sql("""
                        SELECT t.termijn_id, t.huishouden_id, t.casus_id, h.team FROM werkvoorraad_termijn t
                        JOIN werkvoorraad_hulpvraag h ON h.hulpvraag_id = t.hulpvraag_id
                        WHERE %s AND t.status IN (:lopend, :verlopen)""".formatted(filter))
                .param("id", id)
                .param("lopend", TermijnStatus.LOPEND.name())
                .param("verlopen", TermijnStatus.VERLOPEN.name())
                .query((rs, row) -> new Termijn(rs.getString("termijn_id"), rs.getString("huishouden_id"),
                        rs.getString("casus_id"), rs.getString("team")))
                .list();
    }

    private String teamVan(String hulpvraagId) {
        return jdbc.sql("SELECT team FROM werkvoorraad_hulpvraag WHERE hulpvraag_id = :id")
                .param("id", hulpvraagId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private void meld(String team, Soort soort, String huishoudenId, String casusId, String termijnId) {
        updates.meld(team, Werklijst.TERMIJNEN, soort, huishoudenId, casusId, termijnId);
    }

    private record Termijn(String termijnId, String huishoudenId, String casusId, String team) {
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE werkvoorraad_termijn").update();
    }

    /** Only for the team's access workers; each household on the page is a read of personal data (its label). */
    @QueryHandler
    AflopendeTermijnenPagina handle(FindAflopendeTermijnen query, MetaData metaData) {
        Vrager vrager = WerklijstToegang.vanTeam(metaData, query.team());
        Instant nu = clock.instant();
        LocalDate vandaag = LocalDate.ofInstant(nu, tijdzone);
        // A clock expires at the start of the day after its last day: last day <= today + N.
        Instant grens = vandaag.plusDays(query.binnenDagen() + 1L).atStartOfDay(tijdzone).toInstant();
        List<AflopendeTermijn> items = jdbc.sql("""
                        SELECT t.termijn_id, t.hulpvraag_id, t.casus_id, t.huishouden_id, t.regime, t.spoed, t.status,
                            t.vervalt_op, t.laatste_dag, t.gewaarschuwd
                        %s
                        ORDER BY t.vervalt_op, t.termijn_id
                        LIMIT :size OFFSET :offset""".formatted(VAN_TEAM))
                .param("team", query.team())
                .param("grens", tijdstip(grens))
                .param("lopend", TermijnStatus.LOPEND.name())
                .param("verlopen", TermijnStatus.VERLOPEN.name())
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, row) -> {
                    Instant vervaltOp = instant(rs, "vervalt_op");
                    LocalDate laatsteDag = rs.getObject("laatste_dag", LocalDate.class);
                    return new AflopendeTermijn(rs.getString("termijn_id"), rs.getString("hulpvraag_id"),
                            rs.getString("casus_id"), rs.getString("huishouden_id"), null, rs.getString("regime"),
                            rs.getBoolean("spoed"), vervaltOp, laatsteDag, ChronoUnit.DAYS.between(vandaag, laatsteDag),
                            rs.getBoolean("gewaarschuwd"),
                            TermijnStatus.valueOf(rs.getString("status")) == TermijnStatus.VERLOPEN
                                    || !vervaltOp.isAfter(nu));
                })
                .list();
        long total = jdbc.sql("SELECT count(*) " + VAN_TEAM)
                .param("team", query.team())
                .param("grens", tijdstip(grens))
                .param("lopend", TermijnStatus.LOPEND.name())
                .param("verlopen", TermijnStatus.VERLOPEN.name())
                .query(Long.class)
                .single();
        Map<String, String> label = labels.labels(items.stream().map(AflopendeTermijn::huishoudenId).toList());
        List<AflopendeTermijn> metLabel = items.stream().map(item -> new AflopendeTermijn(item.termijnId(),
                item.hulpvraagId(), item.casusId(), item.huishoudenId(), label.get(item.huishoudenId()),
                item.regime(), item.spoed(), item.vervaltOp(), item.laatsteDag(), item.dagenResterend(),
                item.gewaarschuwd(), item.verlopen())).toList();
        metLabel.forEach(item -> inzageLog.registreer(vrager, item.huishoudenId(), item.casusId()));
        return new AflopendeTermijnenPagina(metLabel, query.page(), query.size(), total);
    }
}
