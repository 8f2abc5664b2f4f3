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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures as {@link FigurenBerekening} computed them before {@code V85__figuren_perioden.sql}, kept unchanged as
 * the oracle of {@link FigurenPeriodenTest}: every period is {@code date_trunc} over each row's moment in the time
 * zone, and the facts' own period columns are not read. It works on the schema before V85 as well.
 */
class FigurenOrakel {

    /** Bounds for an open range: far enough to hold every fact, finite so that indexes still apply. */
    private static final LocalDate EERSTE_DAG = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAATSTE_DAG = LocalDate.of(9000, 1, 1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ZoneId tijdzone;

    FigurenOrakel(JdbcClient jdbc, PlatformTransactionManager transactionManager, ZoneId tijdzone) {
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
                tijdsduur("c.getrieerd_op", "figuur_casus c", selectie),
                tijdsduur("c.eerste_plan_op", "figuur_casus c", selectie),
                tijdsduur("s.gesloten_op", "figuur_sluiting s JOIN figuur_casus c ON c.casus_id = s.casus_id", selectie),
                termijnnaleving(selectie), levensdomeinen(selectie),
                escalaties(selectie), uitkomsten(selectie), werklast(selectie)));
    }

    /** The asked periods: from {@code van} (inclusive) to {@code tot} (exclusive), whole periods, local days. */
    private record Selectie(Periodesoort soort, LocalDate van, LocalDate tot, String wijk) {
    }

    /**
     * From the opening of the casus (its first melding) to the moment in {@code eindkolom} of each row of
     * {@code bron}, which joins the casus as {@code c}: a casus closed twice counts once in each closure's period.
     * The mean is summed as numeric: a float sum depends on the order of the rows, and a rebuilt projection must give
     * the same figures.
     */
    private List<Tijdsduur> tijdsduur(String eindkolom, String bron, Selectie selectie) {
        return statement(selectie, """
                        WITH duur AS (
                            SELECT date_trunc(:eenheid, %1$s AT TIME ZONE :tz)::date AS begin,
                                   extract(epoch FROM %1$s - c.geopend_op)::float8 / 86400 AS dagen
                            FROM %3$s
                            WHERE %1$s >= :van AND %1$s < :tot %2$s)
                        SELECT begin, count(*) AS aantal,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY dagen) AS mediaan,
                               percentile_cont(0.9) WITHIN GROUP (ORDER BY dagen) AS p90,
                               avg(dagen::numeric) AS gemiddelde
                        FROM duur GROUP BY begin ORDER BY begin"""
                .formatted(eindkolom, selectie.wijk() == null ? "" : "AND c.wijk = :wijk", bron))
                .query((rs, row) -> new Tijdsduur(periode(selectie, rs), rs.getLong("aantal"),
                        rs.getDouble("mediaan"), rs.getDouble("p90"), rs.getDouble("gemiddelde")))
                .list();
    }

    private List<TermijnNaleving> termijnnaleving(Selectie selectie) {
        return statement(selectie, """
                        SELECT date_trunc(:eenheid, t.beeindigd_op AT TIME ZONE :tz)::date AS begin, t.regime, t.spoed,
                               count(*) FILTER (WHERE t.status = :opTijd) AS op_tijd,
                               count(*) FILTER (WHERE t.status = :teLaat) AS te_laat,
                               count(*) FILTER (WHERE t.status = :gestopt) AS gestopt
                        FROM figuur_termijn t %s
                        WHERE t.beeindigd_op >= :van AND t.beeindigd_op < :tot
                        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""".formatted(wijkJoin("t", selectie)))
                .param("opTijd", NalevingStatus.OP_TIJD.name())
                .param("teLaat", NalevingStatus.TE_LAAT.name())
                .param("gestopt", NalevingStatus.GESTOPT.name())
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
                        FROM (SELECT date_trunc(:eenheid, h.geregistreerd_op AT TIME ZONE :tz)::date AS begin,
                                     d.levensdomein, count(*) AS aantal
                              FROM figuur_hulpvraag h %s
                              CROSS JOIN unnest(h.levensdomeinen) AS d (levensdomein)
                              WHERE h.geregistreerd_op >= :van AND h.geregistreerd_op < :tot
                              GROUP BY 1, 2) f
                        ORDER BY begin, rang, levensdomein""".formatted(wijkJoin("h", selectie)))
                .query((rs, row) -> new LevensdomeinFrequentie(periode(selectie, rs),
                        Levensdomein.valueOf(rs.getString("levensdomein")), rs.getLong("aantal"), rs.getInt("rang")))
                .list();
    }

    private List<EscalatieAantal> escalaties(Selectie selectie) {
        return statement(selectie, """
                        SELECT date_trunc(:eenheid, e.geescaleerd_op AT TIME ZONE :tz)::date AS begin, e.niveau,
                               e.reden, count(*) AS aantal
                        FROM figuur_escalatie e %s
                        WHERE e.geescaleerd_op >= :van AND e.geescaleerd_op < :tot
                        GROUP BY 1, 2, 3""".formatted(wijkJoin("e", selectie)))
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
                        FROM (SELECT date_trunc(:eenheid, u.afgesloten_op AT TIME ZONE :tz)::date AS begin, u.team,
                                     u.uitkomst, count(*) AS aantal
                              FROM figuur_uitkomst u %s
                              WHERE u.afgesloten_op >= :van AND u.afgesloten_op < :tot
                              GROUP BY 1, 2, 3) u
                        ORDER BY begin, team, uitkomst""".formatted(wijkJoin("u", selectie)))
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
                        WITH stromen AS (
                            SELECT h.team, date_trunc(:eenheid, h.geregistreerd_op AT TIME ZONE :tz) AS begin,
                                   1 AS nieuw, 0 AS afgesloten, 0 AS heropend
                            FROM figuur_hulpvraag h %1$s WHERE h.geregistreerd_op < :tot
                            UNION ALL
                            SELECT h.team, date_trunc(:eenheid, u.afgesloten_op AT TIME ZONE :tz), 0, 1, 0
                            FROM figuur_uitkomst u JOIN figuur_hulpvraag h ON h.hulpvraag_id = u.hulpvraag_id %1$s
                            WHERE u.afgesloten_op < :tot
                            UNION ALL
                            SELECT h.team, date_trunc(:eenheid, u.heropend_op AT TIME ZONE :tz), 0, 0, 1
                            FROM figuur_uitkomst u JOIN figuur_hulpvraag h ON h.hulpvraag_id = u.hulpvraag_id %1$s
                            WHERE u.heropend_op < :tot
                        ), per_periode AS (
                            SELECT team, begin, sum(nieuw) AS nieuw, sum(afgesloten) AS afgesloten,
                                   sum(heropend) AS heropend
                            FROM stromen GROUP BY team, begin
                        ), perioden AS (
                            -- up to the current period: what is open stays open in periods without any flow
                            SELECT generate_series(min(begin), GREATEST(max(begin), date_trunc(:eenheid,
                                       LEAST(:tot - interval '1 microsecond', now()) AT TIME ZONE :tz)),
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
                        WHERE begin >= CAST(:vanDag AS timestamp)
                          AND (nieuw > 0 OR afgesloten > 0 OR open_aan_einde > 0)
                        ORDER BY begin, team""".formatted(wijkJoin("h", selectie)))
                .param("stap", Perioden.sqlStap(selectie.soort()))
                .param("vanDag", selectie.van())
                .query((rs, row) -> new Werklast(periode(selectie, rs), rs.getString("team"), rs.getLong("nieuw"),
                        rs.getLong("afgesloten"), rs.getLong("open_aan_einde")))
                .list();
    }

    private JdbcClient.StatementSpec statement(Selectie selectie, String sql) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("eenheid", Perioden.sqlEenheid(selectie.soort()))
                .param("tz", tijdzone.getId())
                .param("van", selectie.van().atStartOfDay(tijdzone).toOffsetDateTime())
                .param("tot", selectie.tot().atStartOfDay(tijdzone).toOffsetDateTime());
        return selectie.wijk() == null ? statement : statement.param("wijk", selectie.wijk(), Types.VARCHAR);
    }

    /** The facts of one wijk are those of its casussen; without a wijk no join is needed. */
    private static String wijkJoin(String alias, Selectie selectie) {
        return selectie.wijk() == null ? ""
                : "JOIN figuur_casus c ON c.casus_id = %s.casus_id AND c.wijk = :wijk".formatted(alias);
    }

    private static ManagementFiguren.Periode periode(Selectie selectie, ResultSet rs) throws SQLException {
        return Perioden.periode(selectie.soort(), rs.getObject("begin", LocalDate.class));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
