package nl.integraletoegang.query.figuren;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.figuren.FindManagementFiguren;
import nl.integraletoegang.api.figuren.ManagementFiguren;
import nl.integraletoegang.api.figuren.ManagementFiguren.EscalatieAantal;
import nl.integraletoegang.api.figuren.ManagementFiguren.LevensdomeinFrequentie;
import nl.integraletoegang.api.figuren.ManagementFiguren.TermijnNaleving;
import nl.integraletoegang.api.figuren.ManagementFiguren.Tijdsduur;
import nl.integraletoegang.api.figuren.ManagementFiguren.UitkomstAantal;
import nl.integraletoegang.api.figuren.ManagementFiguren.Werklast;
import nl.integraletoegang.api.figuren.Periodesoort;
import nl.integraletoegang.query.Tijdstippen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the management figures in SQL: the durations from the facts (medians and 90th percentiles with
 * {@code percentile_cont}, grouped on the period columns the facts carry: their moments' local week, month and
 * quarter, see {@code V85__figuren_perioden.sql}), the counted groups from the counters kept per kind of period,
 * period and wijk ({@code V86__figuren_tellers.sql}). All groups are read in one repeatable-read transaction, so they
 * describe the same moment.
 */
@Component
class FigurenBerekening {

    /** Bounds for an open range: far enough to hold every fact, finite so that indexes still apply. */
    private static final LocalDate EERSTE_DAG = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAATSTE_DAG = LocalDate.of(9000, 1, 1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ZoneId tijdzone;

    FigurenBerekening(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                      @Value("${integrale-toegang.figuren.tijdzone:" + Tijdstippen.TIJDZONE + "}") ZoneId tijdzone) {
        this.jdbc = jdbc;
        this.tijdzone = tijdzone;
        this.transactions = new TransactionTemplate(transactionManager);
        transactions.setReadOnly(true);
        transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    ManagementFiguren bereken(FindManagementFiguren query) {
        Periodesoort soort = query.periode() == null ? Periodesoort.MAAND : query.periode();
        LocalDate van = query.van() == null ? null : Perioden.begin(soort, query.van());
        LocalDate totExclusief = query.tot() == null ? null : Perioden.volgende(soort, query.tot());
        Selectie selectie = new Selectie(soort, van == null ? EERSTE_DAG : van,
                totExclusief == null ? LAATSTE_DAG : totExclusief, blankToNull(query.wijk()));
        return transactions.execute(status -> new ManagementFiguren(soort, van,
                totExclusief == null ? null : totExclusief.minusDays(1), selectie.wijk(),
                tijdsduur("c.getrieerd", "c.dagen_tot_triage", "c.dagen_tot_triage_exact", "figuur_casus c", selectie),
                tijdsduur("c.eerste_plan", "c.dagen_tot_plan", "c.dagen_tot_plan_exact", "figuur_casus c", selectie),
                tijdsduur("s.gesloten", "s.dagen", "s.dagen_exact", selectie.wijk() == null ? "figuur_sluiting s"
                        : "figuur_sluiting s JOIN figuur_casus c ON c.casus_id = s.casus_id", selectie),
                termijnnaleving(selectie), levensdomeinen(selectie),
                escalaties(selectie), uitkomsten(selectie), werklast(selectie)));
    }

    /** The asked periods: from {@code van} (inclusive) to {@code tot} (exclusive), whole periods, local days. */
    private record Selectie(Periodesoort soort, LocalDate van, LocalDate tot, String wijk) {
    }

    /**
     * From the opening of the casus (its first melding) to the moment {@code eind} (in its period
     * {@code <eind>_<periode>}) of each row of {@code bron} (which joins the casus as {@code c} when a wijk is asked),
     * in days ({@code dagen}, and as numeric {@code dagenExact}: stored with the moment, unknown while the casus is):
     * a casus closed twice counts once in each closure's period. The mean is summed as numeric: a float sum depends
     * on the order of the rows, and a rebuilt projection must give the same figures.
     */
    private List<Tijdsduur> tijdsduur(String eind, String dagen, String dagenExact, String bron, Selectie selectie) {
        return statement(selectie, """
                        WITH duur AS (
                            SELECT %4$s AS begin, %1$s AS dagen, %5$s AS dagen_exact
                            FROM %3$s
                            WHERE %4$s >= :van AND %4$s < :tot AND %1$s IS NOT NULL %2$s)
                        SELECT begin, count(*) AS aantal,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY dagen) AS mediaan,
                               percentile_cont(0.9) WITHIN GROUP (ORDER BY dagen) AS p90,
                               avg(dagen_exact) AS gemiddelde
                        FROM duur GROUP BY begin ORDER BY begin"""
                .formatted(dagen, selectie.wijk() == null ? "" : "AND c.wijk = :wijk", bron,
                        periode(eind, selectie), dagenExact))
                .query((rs, row) -> new Tijdsduur(periode(selectie, rs), rs.getLong("aantal"),
                        rs.getDouble("mediaan"), rs.getDouble("p90"), rs.getDouble("gemiddelde")))
                .list();
    }

    private List<TermijnNaleving> termijnnaleving(Selectie selectie) {
        return statement(selectie, """
                        SELECT begin, regime, spoed, sum(op_tijd)::bigint AS op_tijd, sum(te_laat)::bigint AS te_laat,
                               sum(gestopt)::bigint AS gestopt
                        FROM figuur_teller_termijn
                        WHERE %s
                        GROUP BY 1, 2, 3 HAVING sum(aantal) > 0 ORDER BY 1, 2, 3""".formatted(tellers(selectie)))
                .query((rs, row) -> {
                    long opTijd = rs.getLong("op_tijd");
                    long teLaat = rs.getLong("te_laat");
                    Double naleving = opTijd + teLaat == 0 ? null : 100.0 * opTijd / (opTijd + teLaat);
                    return new TermijnNaleving(periode(selectie, rs), rs.getString("regime"), rs.getBoolean("spoed"),
                            opTijd, teLaat, rs.getLong("gestopt"), naleving);
                })
                .list();
    }

    private List<LevensdomeinFrequentie> levensdomeinen(Selectie selectie) {
        return statement(selectie, """
                        SELECT begin, levensdomein, aantal,
                               rank() OVER (PARTITION BY begin ORDER BY aantal DESC) AS rang
                        FROM (SELECT begin, levensdomein, sum(aantal)::bigint AS aantal
                              FROM figuur_teller_levensdomein
                              WHERE %s
                              GROUP BY 1, 2 HAVING sum(aantal) > 0) f
                        ORDER BY begin, rang, levensdomein""".formatted(tellers(selectie)))
                .query((rs, row) -> new LevensdomeinFrequentie(periode(selectie, rs),
                        Levensdomein.valueOf(rs.getString("levensdomein")), rs.getLong("aantal"), rs.getInt("rang")))
                .list();
    }

    private List<EscalatieAantal> escalaties(Selectie selectie) {
        return statement(selectie, """
                        SELECT begin, niveau, reden, sum(aantal)::bigint AS aantal
                        FROM figuur_teller_escalatie
                        WHERE %s
                        GROUP BY 1, 2, 3 HAVING sum(aantal) > 0""".formatted(tellers(selectie)))
                .query((rs, row) -> new EscalatieAantal(periode(selectie, rs),
                        EscalatieNiveau.valueOf(rs.getString("niveau")), EscalatieReden.valueOf(rs.getString("reden")),
                        rs.getLong("aantal")))
                .list().stream()
                // in the order of the ladder, not of the alphabet
                .sorted(Comparator.comparing((EscalatieAantal e) -> e.periode().begin())
                        .thenComparing(EscalatieAantal::niveau).thenComparing(EscalatieAantal::reden))
                .toList();
    }

    private List<UitkomstAantal> uitkomsten(Selectie selectie) {
        return statement(selectie, """
                        SELECT begin, team, uitkomst, aantal,
                               100.0 * aantal / sum(aantal) OVER (PARTITION BY begin, team) AS aandeel
                        FROM (SELECT begin, NULLIF(team, '') AS team, uitkomst, sum(aantal)::bigint AS aantal
                              FROM figuur_teller_uitkomst
                              WHERE %s
                              GROUP BY 1, 2, 3 HAVING sum(aantal) > 0) u
                        ORDER BY begin, team, uitkomst""".formatted(tellers(selectie)))
                .query((rs, row) -> new UitkomstAantal(periode(selectie, rs), rs.getString("team"),
                        Uitkomst.valueOf(rs.getString("uitkomst")), rs.getLong("aantal"), rs.getDouble("aandeel")))
                .list();
    }

    /**
     * Registrations and closures per team and period; what is open at the end of a period is the running sum of
     * registrations, closures and reopenings since the first registration, so hulpvragen from before {@code van} are
     * counted as open too. Every closure counts in its own period, also when the casus was reopened later. The flows
     * use the team that handles the hulpvraag now, so that they add up per team. The current period's "end" is now.
     */
    private List<Werklast> werklast(Selectie selectie) {
        return statement(selectie, """
                        WITH per_periode AS (
                            SELECT NULLIF(team, '') AS team, CAST(begin AS timestamp) AS begin, sum(nieuw) AS nieuw,
                                   sum(afgesloten) AS afgesloten, sum(heropend) AS heropend
                            FROM figuur_teller_werklast
                            WHERE soort = :soort AND begin < :tot %s
                            GROUP BY 1, 2 HAVING sum(nieuw) > 0 OR sum(afgesloten) > 0 OR sum(heropend) > 0
                        ), perioden AS (
                            -- up to the current period: what is open stays open in periods without any flow
                            SELECT generate_series(min(begin), GREATEST(max(begin), date_trunc(:eenheid,
                                       LEAST(:totTijdstip - interval '1 microsecond', now()) AT TIME ZONE :tz)),
                                   CAST(:stap AS interval)) AS begin
                            FROM per_periode
                        ), raster AS (
                            SELECT t.team, p.begin, COALESCE(pp.nieuw, 0) AS nieuw,
                                   COALESCE(pp.afgesloten, 0) AS afgesloten,
                                   sum(COALESCE(pp.nieuw, 0) - COALESCE(pp.afgesloten, 0) + COALESCE(pp.heropend, 0))
                                       OVER (PARTITION BY t.team ORDER BY p.begin) AS open_aan_einde
                            FROM (SELECT DISTINCT team FROM per_periode) t
                            CROSS JOIN perioden p
                            LEFT JOIN per_periode pp ON pp.team IS NOT DISTINCT FROM t.team AND pp.begin = p.begin
                        )
                        SELECT begin::date AS begin, team, nieuw, afgesloten, open_aan_einde FROM raster
                        WHERE begin >= CAST(:van AS timestamp)
                          AND (nieuw > 0 OR afgesloten > 0 OR open_aan_einde > 0)
                        ORDER BY begin, team""".formatted(selectie.wijk() == null ? "" : "AND wijk = :wijk"))
                .param("eenheid", Perioden.sqlEenheid(selectie.soort()))
                .param("tz", tijdzone.getId())
                .param("totTijdstip", selectie.tot().atStartOfDay(tijdzone).toOffsetDateTime())
                .param("stap", Perioden.sqlStap(selectie.soort()))
                .query((rs, row) -> new Werklast(periode(selectie, rs), rs.getString("team"), rs.getLong("nieuw"),
                        rs.getLong("afgesloten"), rs.getLong("open_aan_einde")))
                .list();
    }

    private JdbcClient.StatementSpec statement(Selectie selectie, String sql) {
        // van and tot are period starts, so a moment lies in the range exactly when its period does
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("soort", selectie.soort().name())
                .param("van", selectie.van())
                .param("tot", selectie.tot());
        return selectie.wijk() == null ? statement : statement.param("wijk", selectie.wijk(), Types.VARCHAR);
    }

    /** The column that holds the period of {@code moment} ({@code <moment>_op}) for the asked kind of period. */
    private static String periode(String moment, Selectie selectie) {
        return moment + "_" + Perioden.kolom(selectie.soort());
    }

    /**
     * The counters of the asked kind, periods and wijk; without a wijk those of every wijk, including facts of a casus
     * without one ({@code ''}).
     */
    private static String tellers(Selectie selectie) {
        return "soort = :soort AND begin >= :van AND begin < :tot"
                + (selectie.wijk() == null ? "" : " AND wijk = :wijk");
    }

    private static ManagementFiguren.Periode periode(Selectie selectie, ResultSet rs) throws SQLException {
        return Perioden.periode(selectie.soort(), rs.getObject("begin", LocalDate.class));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
