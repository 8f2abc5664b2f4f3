package nl.integraletoegang.query.huishouden;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.integraletoegang.api.casus.CasusStatus;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.HuishoudenLabel;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.plan.ActieStatus;
import nl.integraletoegang.api.termijn.TermijnStatus;
import nl.integraletoegang.api.tijd.Tijdzone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the household overview from its tables. Days left and overdue actions are computed at read time, on the
 * Dutch calendar day, so the overview never shows yesterday's countdown.
 */
@Component
class HuishoudenOverzichtReader {

    private final JdbcClient jdbc;
    private final Clock clock;

    HuishoudenOverzichtReader(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<HuishoudenOverzicht> read(String huishoudenId) {
        boolean bekend = jdbc.sql("SELECT EXISTS (SELECT 1 FROM casus_overzicht WHERE huishouden_id = :id)")
                .param("id", huishoudenId).query(Boolean.class).single();
        if (!bekend) {
            return Optional.empty();
        }
        LocalDate vandaag = LocalDate.now(clock.withZone(Tijdzone.NEDERLAND));
        List<HuishoudenOverzicht.Lid> leden = jdbc.sql("""
                        SELECT persoon_id, naam, geboortedatum, rol, lid_sinds, vertrokken_op FROM lid_overzicht
                        WHERE huishouden_id = :id ORDER BY geregistreerd_op, persoon_id""")
                .param("id", huishoudenId)
                .query((rs, row) -> new HuishoudenOverzicht.Lid(rs.getString("persoon_id"), rs.getString("naam"),
                        rs.getObject("geboortedatum", LocalDate.class),
                        rs.getString("rol") == null ? null : LidRol.valueOf(rs.getString("rol")),
                        rs.getObject("lid_sinds", LocalDate.class), rs.getObject("vertrokken_op", LocalDate.class)))
                .list();
        Adres adres = adres(huishoudenId).orElse(null);
        // households projected before labels existed have no row until a rebuild: their label is computed here
        String label = jdbc.sql("SELECT label FROM huishouden_overzicht WHERE huishouden_id = :id")
                .param("id", huishoudenId).query(String.class).optional()
                .orElseGet(() -> HuishoudenLabel.van(adres, labelLeden(huishoudenId)));
        Optional<HuishoudenOverzicht.OpenCasus> openCasus = jdbc.sql("""
                        SELECT * FROM casus_overzicht WHERE huishouden_id = :id AND status = :open""")
                .param("id", huishoudenId)
                .param("open", CasusStatus.OPEN.name())
                .query((rs, row) -> openCasus(rs, vandaag))
                .optional();
        return Optional.of(new HuishoudenOverzicht(huishoudenId, label, adres, leden, openCasus.orElse(null)));
    }

    /** The household's address, absent while none is known or after its erasure. */
    Optional<Adres> adres(String huishoudenId) {
        return jdbc.sql("""
                        SELECT postcode, huisnummer, huisletter, huisnummertoevoeging, straat, woonplaats
                        FROM huishouden_overzicht WHERE huishouden_id = :id""")
                .param("id", huishoudenId)
                .query((rs, row) -> new Adres(rs.getString("postcode"), rs.getObject("huisnummer", Integer.class),
                        rs.getString("huisletter"), rs.getString("huisnummertoevoeging"), rs.getString("straat"),
                        rs.getString("woonplaats")))
                .optional()
                .filter(adres -> adres.postcode() != null || adres.huisnummer() != null || adres.straat() != null
                        || adres.woonplaats() != null);
    }

    /** The current members as the label needs them, in the order they joined. */
    List<HuishoudenLabel.Lid> labelLeden(String huishoudenId) {
        return jdbc.sql("""
                        SELECT naam, geboortedatum, rol FROM lid_overzicht
                        WHERE huishouden_id = :id AND vertrokken_op IS NULL ORDER BY geregistreerd_op, persoon_id""")
                .param("id", huishoudenId)
                .query((rs, row) -> new HuishoudenLabel.Lid(rs.getString("naam"),
                        rs.getObject("geboortedatum", LocalDate.class),
                        rs.getString("rol") == null ? null : LidRol.valueOf(rs.getString("rol"))))
                .list();
    }

    private HuishoudenOverzicht.OpenCasus openCasus(ResultSet rs, LocalDate vandaag) throws SQLException {
        String casusId = rs.getString("casus_id");
        List<HuishoudenOverzicht.Hulpvraag> hulpvragen = hulpvragen(casusId);
        String regisseur = rs.getString("regisseur_gebruikersnaam");
        String urgentie = rs.getString("urgentie");
        String niveau = rs.getString("escalatie_niveau");
        return new HuishoudenOverzicht.OpenCasus(casusId, instant(rs.getTimestamp("geopend_op")),
                regisseur == null ? null : new HuishoudenOverzicht.Regisseur(regisseur, rs.getString("regisseur_team")),
                urgentie == null ? null : Urgentie.valueOf(urgentie),
                plan(casusId, rs, vandaag),
                niveau == null ? null : new HuishoudenOverzicht.Escalatie(EscalatieNiveau.valueOf(niveau),
                        EscalatieReden.valueOf(rs.getString("escalatie_reden")),
                        instant(rs.getTimestamp("escalatie_sinds")), rs.getString("escalatie_opgepakt_door"),
                        doorbraken(casusId, rs.getString("escalatie_id"))),
                hulpvragen,
                count(hulpvragen.stream().flatMap(h -> h.levensdomeinen().stream()).toList(), Function.identity()),
                count(hulpvragen.stream().filter(h -> h.team() != null).toList(), HuishoudenOverzicht.Hulpvraag::team),
                termijnen(casusId, vandaag));
    }

    private static <T, K extends Comparable<K>> Map<K, Long> count(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private List<HuishoudenOverzicht.Hulpvraag> hulpvragen(String casusId) {
        return jdbc.sql("""
                        SELECT hulpvraag_id, kanaal, team, levensdomeinen, omschrijving, geregistreerd_op
                        FROM hulpvraag_overzicht WHERE casus_id = :casusId ORDER BY geregistreerd_op, hulpvraag_id""")
                .param("casusId", casusId)
                .query((rs, row) -> new HuishoudenOverzicht.Hulpvraag(rs.getString("hulpvraag_id"),
                        Kanaal.valueOf(rs.getString("kanaal")), rs.getString("team"),
                        levensdomeinen(rs.getArray("levensdomeinen")), rs.getString("omschrijving"),
                        instant(rs.getTimestamp("geregistreerd_op"))))
                .list();
    }

    private List<HuishoudenOverzicht.Doorbraak> doorbraken(String casusId, String escalatieId) {
        if (escalatieId == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT doorbraak_id, goedgekeurd, oplossing, besloten_op, budget, budget_aangevraagd,
                            budget_aanvrager
                        FROM doorbraak_overzicht
                        WHERE casus_id = :casusId AND escalatie_id = :escalatieId ORDER BY besloten_op, doorbraak_id""")
                .param("casusId", casusId)
                .param("escalatieId", escalatieId)
                .query((rs, row) -> new HuishoudenOverzicht.Doorbraak(rs.getString("doorbraak_id"),
                        rs.getBoolean("goedgekeurd"), rs.getString("oplossing"),
                        instant(rs.getTimestamp("besloten_op")), rs.getBigDecimal("budget"),
                        rs.getBigDecimal("budget_aangevraagd"), rs.getString("budget_aanvrager")))
                .list();
    }

    private HuishoudenOverzicht.Plan plan(String casusId, ResultSet casus, LocalDate vandaag) throws SQLException {
        int versie = casus.getInt("plan_versie");
        if (casus.wasNull()) {
            return null;
        }
        List<HuishoudenOverzicht.Doel> doelen = jdbc.sql("""
                        SELECT levensdomein, omschrijving FROM plan_doel_overzicht WHERE casus_id = :casusId
                        ORDER BY volgnummer""")
                .param("casusId", casusId)
                .query((rs, row) -> new HuishoudenOverzicht.Doel(Levensdomein.valueOf(rs.getString("levensdomein")),
                        rs.getString("omschrijving")))
                .list();
        List<HuishoudenOverzicht.Actie> acties = jdbc.sql("""
                        SELECT actie_id, omschrijving, eigenaar, deadline, status FROM plan_actie_overzicht
                        WHERE casus_id = :casusId AND in_huidige_versie ORDER BY volgnummer""")
                .param("casusId", casusId)
                .query((rs, row) -> {
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    ActieStatus status = ActieStatus.valueOf(rs.getString("status"));
                    return new HuishoudenOverzicht.Actie(rs.getString("actie_id"), rs.getString("omschrijving"),
                            rs.getString("eigenaar"), deadline, status,
                            status == ActieStatus.OPEN && deadline.isBefore(vandaag));
                })
                .list();
        int open = (int) acties.stream().filter(a -> a.status() == ActieStatus.OPEN).count();
        int verlopen = (int) acties.stream().filter(HuishoudenOverzicht.Actie::verlopen).count();
        return new HuishoudenOverzicht.Plan(versie, instant(casus.getTimestamp("plan_vastgesteld_op")), doelen, acties,
                open, verlopen);
    }

    private List<HuishoudenOverzicht.Termijn> termijnen(String casusId, LocalDate vandaag) {
        return jdbc.sql("""
                        SELECT termijn_id, hulpvraag_id, regime, status, vervalt_op, laatste_dag FROM termijn_overzicht
                        WHERE casus_id = :casusId ORDER BY gestart_op, termijn_id""")
                .param("casusId", casusId)
                .query((rs, row) -> {
                    Instant vervaltOp = instant(rs.getTimestamp("vervalt_op"));
                    TermijnStatus status = TermijnStatus.valueOf(rs.getString("status"));
                    // the last day as the command side computed it
                    LocalDate laatsteDag = rs.getObject("laatste_dag", LocalDate.class);
                    Long dagenOver = status == TermijnStatus.LOPEND ? ChronoUnit.DAYS.between(vandaag, laatsteDag)
                            : null;
                    return new HuishoudenOverzicht.Termijn(rs.getString("termijn_id"), rs.getString("hulpvraag_id"),
                            rs.getString("regime"), status, vervaltOp, dagenOver);
                })
                .list();
    }

    private static Set<Levensdomein> levensdomeinen(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Levensdomein::valueOf).collect(Collectors.toSet());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
