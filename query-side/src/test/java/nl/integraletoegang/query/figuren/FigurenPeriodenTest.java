package nl.integraletoegang.query.figuren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.CasusTriaged;
import nl.integraletoegang.api.casus.HulpvraagRouted;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.escalatie.CasusEscalatedToDoorbraakteam;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.CasusEscalatedUnderAve;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.figuren.FindManagementFiguren;
import nl.integraletoegang.api.figuren.ManagementFiguren;
import nl.integraletoegang.api.figuren.Periodesoort;
import nl.integraletoegang.api.plan.PlanVersionAdopted;
import nl.integraletoegang.api.termijn.TermijnExpired;
import nl.integraletoegang.api.termijn.TermijnMet;
import nl.integraletoegang.api.termijn.TermijnResumed;
import nl.integraletoegang.api.termijn.TermijnStarted;
import nl.integraletoegang.api.termijn.TermijnStopped;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures read from the facts' stored periods ({@code V85__figuren_perioden.sql}) are exactly those the query
 * before it computed with {@code date_trunc} over every row ({@link FigurenOrakel}), for every kind of period, wijk and
 * range, over generated facts whose moments crowd around the edges: the changes to and from summer time, weeks that
 * span a year end, month and quarter ends. The casussen include reopened ones (closed twice), wijken named only by a
 * later melding, routed hulpvragen and resumed, late, expired and stopped termijnen.
 */
class FigurenPeriodenTest {

    private static final ZoneId AMSTERDAM = FigurenDatabase.AMSTERDAM;
    private static final String[] WIJKEN = {"Noord", "Zuid", "Centrum"};
    private static final String[] TEAMS = {"WMO", "JEUGD", "SCHULDHULP"};
    /** Local moments the periods turn over at, or the clock jumps at; facts land within a few hours of them. */
    private static final List<LocalDateTime> GRENZEN = List.of(
            LocalDateTime.of(2024, 12, 30, 0, 0), // Monday of 2025-W01, still in 2024
            LocalDateTime.of(2025, 1, 1, 0, 0),
            LocalDateTime.of(2025, 3, 30, 2, 0), // summer time begins
            LocalDateTime.of(2025, 3, 31, 0, 0),
            LocalDateTime.of(2025, 4, 1, 0, 0),
            LocalDateTime.of(2025, 7, 1, 0, 0),
            LocalDateTime.of(2025, 10, 1, 0, 0),
            LocalDateTime.of(2025, 10, 26, 3, 0), // winter time begins
            LocalDateTime.of(2025, 10, 27, 0, 0),
            LocalDateTime.of(2025, 12, 29, 0, 0), // Monday of 2026-W01, still in 2025
            LocalDateTime.of(2026, 1, 1, 0, 0),
            LocalDateTime.of(2026, 1, 5, 0, 0),
            LocalDateTime.of(2026, 3, 29, 2, 0),
            LocalDateTime.of(2026, 4, 1, 0, 0),
            LocalDateTime.of(2026, 10, 25, 3, 0),
            LocalDateTime.of(2026, 12, 28, 0, 0), // Monday of 2026-W53
            LocalDateTime.of(2027, 1, 1, 0, 0),
            LocalDateTime.of(2027, 1, 4, 0, 0));
    private static final Instant BEGIN = GRENZEN.get(0).minusDays(3).atZone(AMSTERDAM).toInstant();
    private static final Instant EIND = GRENZEN.get(GRENZEN.size() - 1).atZone(AMSTERDAM).toInstant();

    private static final ZoneId UTC = ZoneId.of("UTC");

    /** The facts' columns before V85. */
    private static final Map<String, String> VOOR_V85 = Map.of(
            "figuur_casus", "casus_id, wijk, geopend_op, getrieerd_op, eerste_plan_op",
            "figuur_hulpvraag", "hulpvraag_id, casus_id, team, levensdomeinen, geregistreerd_op",
            "figuur_sluiting", "casus_id, gesloten_op",
            "figuur_uitkomst", "hulpvraag_id, afgesloten_op, casus_id, team, uitkomst, heropend_op",
            "figuur_termijn", "termijn_id, casus_id, regime, spoed, gestart_op, vervalt_op, status, beeindigd_op",
            "figuur_escalatie", "escalatie_id, niveau, casus_id, reden, geescaleerd_op");

    private static FigurenDatabase database;

    @BeforeAll
    static void startDatabase() {
        database = FigurenDatabase.start("figuren-perioden");
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        database.close();
    }

    @Test
    void figuresFromTheStoredPeriodsEqualThoseComputedFromEveryMoment() {
        database.projection.reset();
        voed(database, new Random(85));

        assertEqualToOracle(database, AMSTERDAM, database.projection::handle);
    }

    @Test
    void anEventDeliveredTwiceLeavesTheSameFigures() {
        database.projection.reset();
        List<Consumer<ManagementFigurenProjection>> gebeurtenissen = gebeurtenissen(new Random(13));
        gebeurtenissen.forEach(g -> g.accept(database.projection));
        ManagementFiguren eenmaal = database.projection.handle(vraag(Periodesoort.WEEK, null, null, null));
        gebeurtenissen.forEach(g -> g.accept(database.projection));

        assertThat(database.projection.handle(vraag(Periodesoort.WEEK, null, null, null))).isEqualTo(eenmaal);
        assertEqualToOracle(database, AMSTERDAM, database.projection::handle);
    }

    /**
     * An existing database gets its periods from the migration: the same figures right after it, without a replay.
     * Its facts are those of the current projection without their periods, as the schema before V85 holds them.
     */
    @Test
    void theMigrationFillsThePeriodsOfExistingFacts() throws IOException {
        database.projection.reset();
        voed(database, new Random(84));
        try (FigurenDatabase bestaand = FigurenDatabase.start("figuren-perioden-upgrade", "75")) {
            VOOR_V85.forEach((tabel, kolommen) -> {
                String feiten = database.jdbc.sql("SELECT json_agg(f)::text FROM (SELECT %s FROM %s) f"
                        .formatted(kolommen, tabel)).query(String.class).single();
                bestaand.jdbc.sql("INSERT INTO %1$s (%2$s) SELECT %2$s FROM json_populate_recordset(NULL::%1$s, "
                        .formatted(tabel, kolommen) + "CAST(:feiten AS json))").param("feiten", feiten).update();
            });
            FigurenOrakel orakel = new FigurenOrakel(bestaand.jdbc, bestaand.transactionManager, AMSTERDAM);
            List<ManagementFiguren> voor = vragen().stream().map(orakel::bereken).toList();

            bestaand.migrate();

            assertThat(vragen().stream().map(bestaand.projection::handle).toList()).isEqualTo(voor);
        }
    }

    /** Another configured zone: the periods are recomputed in it at start-up, and new facts are written in it. */
    @Test
    void anotherConfiguredZoneRecomputesThePeriodsInIt() {
        database.projection.reset();
        voed(database, new Random(7));
        try {
            new FigurenKalender(database.jdbc, database.transactionManager, UTC);
            FigurenBerekening inUtc = new FigurenBerekening(database.jdbc, database.transactionManager, UTC);
            gebeurtenissen(new Random(8)).forEach(g -> g.accept(new ManagementFigurenProjection(database.jdbc,
                    inUtc, UTC)));

            assertThat(database.jdbc.sql("SELECT tijdzone FROM figuur_kalender").query(String.class).single())
                    .isEqualTo("UTC");
            assertEqualToOracle(database, UTC, inUtc::bereken);
        } finally {
            new FigurenKalender(database.jdbc, database.transactionManager, AMSTERDAM);
        }
        assertEqualToOracle(database, AMSTERDAM, database.projection::handle);
    }

    /**
     * The counters the triggers keep row by row ({@code V86__figuren_tellers.sql}) are those a rebuild from the facts
     * gives, which is also what the migration fills an existing database with.
     */
    @Test
    void theCountersKeptPerFactEqualThoseRebuiltFromTheFacts() {
        database.projection.reset();
        voed(database, new Random(86));
        Map<String, List<String>> bijgehouden = tellers(database);

        database.jdbc.sql("SELECT figuur_tellers_herbouwen()").query((rs, row) -> row).list();

        assertThat(tellers(database)).isEqualTo(bijgehouden);
        assertThat(bijgehouden.values()).allSatisfy(rijen -> assertThat(rijen).hasSizeGreaterThan(10));
    }

    /**
     * A routing after a closure and a reopening moves the hulpvraag's whole werklast to the new team; a later melding
     * that names the wijk moves every fact of the casus into that wijk.
     */
    @Test
    void aRoutingAndALaterWijkMoveTheCounters() {
        database.projection.reset();
        ManagementFigurenProjection p = database.projection;
        Instant open = LocalDateTime.of(2025, 3, 3, 10, 0).atZone(AMSTERDAM).toInstant();
        p.on(new CasusOpened("hh", "casus", null), open);
        p.on(new MeldingRegistered("hh", "casus", "hv-1", Kanaal.TELEFOON, "WMO", EnumSet.of(Levensdomein.WONEN), null,
                Set.of(), null), open);
        p.on(new TermijnStarted("hh", "casus", "hv-1", "t-1", "WMO_MELDING_ONDERZOEK", false, open,
                open.plus(Duration.ofDays(42)), open.plus(Duration.ofDays(42)), null));
        p.on(new TermijnMet("hh", "casus", "t-1", open.plus(Duration.ofDays(10)), true));
        p.on(new CasusEscalatedToProcesregisseur("hh", "casus", "esc", EscalatieReden.KETEN_STAGNEERT, null),
                open.plus(Duration.ofDays(12)));
        p.on(new CasusClosed("hh", "casus", Map.of("hv-1", Uitkomst.EIGEN_NETWERK)), open.plus(Duration.ofDays(40)));
        p.on(new CasusReopened("hh", "casus", null), open.plus(Duration.ofDays(70)));
        p.on(new HulpvraagRouted("hh", "casus", "hv-1", "WMO", "JEUGD"));
        p.on(new MeldingRegistered("hh", "casus", "hv-2", Kanaal.TELEFOON, "WMO", EnumSet.of(Levensdomein.WERK), null,
                Set.of(), "Noord"), open.plus(Duration.ofDays(100)));

        FigurenOrakel orakel = new FigurenOrakel(database.jdbc, database.transactionManager, AMSTERDAM);
        FindManagementFiguren noord = vraag(Periodesoort.MAAND, null, LocalDate.of(2025, 6, 30), "Noord");
        FindManagementFiguren overal = vraag(Periodesoort.MAAND, null, LocalDate.of(2025, 6, 30), null);
        ManagementFiguren figuren = p.handle(noord);
        assertThat(figuren).isEqualTo(orakel.bereken(noord));
        assertThat(p.handle(overal)).isEqualTo(orakel.bereken(overal));
        assertThat(p.handle(overal).werklast()).isEqualTo(figuren.werklast());
        assertThat(figuren.werklast()).extracting(w -> w.periode().label(), ManagementFiguren.Werklast::team,
                        ManagementFiguren.Werklast::nieuw, ManagementFiguren.Werklast::afgesloten,
                        ManagementFiguren.Werklast::openAanEinde)
                .containsExactly(tuple("2025-03", "JEUGD", 1L, 0L, 1L), tuple("2025-04", "JEUGD", 0L, 1L, 0L),
                        tuple("2025-05", "JEUGD", 0L, 0L, 1L), tuple("2025-06", "JEUGD", 0L, 0L, 1L),
                        tuple("2025-06", "WMO", 1L, 0L, 1L));
        assertThat(figuren.termijnnaleving()).hasSize(1);
        assertThat(figuren.escalaties()).hasSize(1);
        assertThat(figuren.uitkomsten()).hasSize(1);
        assertThat(figuren.levensdomeinen()).extracting(ManagementFiguren.LevensdomeinFrequentie::levensdomein)
                .containsExactly(Levensdomein.WONEN, Levensdomein.WERK);
        assertThat(p.handle(vraag(Periodesoort.MAAND, null, null, "Zuid")).werklast()).isEmpty();
    }

    /** A closure stores its doorlooptijd; one that came before its casus gets it when the casus comes. */
    @Test
    void aClosureBeforeItsCasusGetsItsDoorlooptijdWhenTheCasusComes() {
        database.projection.reset();
        Instant open = LocalDateTime.of(2025, 10, 20, 9, 0).atZone(AMSTERDAM).toInstant();
        FigurenOrakel orakel = new FigurenOrakel(database.jdbc, database.transactionManager, AMSTERDAM);
        FindManagementFiguren zuid = vraag(Periodesoort.WEEK, null, null, "Zuid");
        FindManagementFiguren overal = vraag(Periodesoort.WEEK, null, null, null);

        database.projection.on(new CasusClosed("hh", "casus", Map.of("hv", Uitkomst.VOORLIGGEND_VELD)),
                open.plus(Duration.ofHours(200)));
        assertThat(database.projection.handle(overal)).isEqualTo(orakel.bereken(overal));
        assertThat(database.projection.handle(overal).doorlooptijd()).isEmpty();

        database.projection.on(new CasusOpened("hh", "casus", "Zuid"), open);
        assertThat(database.projection.handle(overal)).isEqualTo(orakel.bereken(overal));
        assertThat(database.projection.handle(zuid)).isEqualTo(orakel.bereken(zuid));
        assertThat(database.projection.handle(zuid).doorlooptijd()).singleElement()
                .satisfies(duur -> assertThat(duur.mediaanDagen()).isEqualTo(200.0 / 24));
    }

    /**
     * Two batches of other households that count in the same counter rows in opposite orders at the same time, as two
     * segments of the projection do: both commit (the second waits for the first), and the figures hold all facts.
     */
    @Test
    void twoBatchesCountingTheSameRowsInOppositeOrdersBothCommit() throws Exception {
        database.projection.reset();
        Instant maart = LocalDateTime.of(2025, 3, 10, 10, 0).atZone(AMSTERDAM).toInstant();
        Instant april = LocalDateTime.of(2025, 4, 10, 10, 0).atZone(AMSTERDAM).toInstant();
        database.inTransaction(p -> {
            p.on(new CasusOpened("hh-a", "casus-a", "Noord"), maart);
            p.on(new CasusOpened("hh-b", "casus-b", "Noord"), maart);
        });
        CountDownLatch beideBegonnen = new CountDownLatch(2);
        ExecutorService segmenten = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = segmenten.submit(() -> database.inTransaction(p -> {
                p.on(melding("casus-a", "hv-a1"), maart);
                wacht(beideBegonnen);
                p.on(melding("casus-a", "hv-a2"), april);
            }));
            Future<?> b = segmenten.submit(() -> database.inTransaction(p -> {
                p.on(melding("casus-b", "hv-b1"), april);
                wacht(beideBegonnen);
                p.on(melding("casus-b", "hv-b2"), maart);
            }));
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
        } finally {
            segmenten.shutdownNow();
        }

        FindManagementFiguren noord = vraag(Periodesoort.MAAND, null, LocalDate.of(2025, 4, 30), "Noord");
        assertThat(database.projection.handle(noord)).isEqualTo(
                new FigurenOrakel(database.jdbc, database.transactionManager, AMSTERDAM).bereken(noord));
        assertThat(database.projection.handle(noord).werklast()).extracting(ManagementFiguren.Werklast::nieuw)
                .containsExactly(2L, 2L);
    }

    private static MeldingRegistered melding(String casus, String hulpvraag) {
        return new MeldingRegistered("hh", casus, hulpvraag, Kanaal.TELEFOON, "WMO", EnumSet.of(Levensdomein.WONEN),
                null, Set.of(), "Noord");
    }

    /** Counts down and waits a while for the other: with the lock the other cannot count down before this commits. */
    private static void wacht(CountDownLatch beideBegonnen) {
        beideBegonnen.countDown();
        try {
            beideBegonnen.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every counter row that counts something, per counter table. */
    private static Map<String, List<String>> tellers(FigurenDatabase db) {
        Map<String, List<String>> tellers = new TreeMap<>();
        Map.of("figuur_teller_termijn", "aantal <> 0", "figuur_teller_levensdomein", "aantal <> 0",
                "figuur_teller_escalatie", "aantal <> 0", "figuur_teller_uitkomst", "aantal <> 0",
                "figuur_teller_werklast", "nieuw <> 0 OR afgesloten <> 0 OR heropend <> 0").forEach((tabel, telt) ->
                tellers.put(tabel, db.jdbc.sql("SELECT t::text FROM %s t WHERE %s ORDER BY 1".formatted(tabel, telt))
                        .query(String.class).list()));
        return tellers;
    }

    private static void assertEqualToOracle(FigurenDatabase db, ZoneId zone,
                                            Function<FindManagementFiguren, ManagementFiguren> nieuw) {
        FigurenOrakel orakel = new FigurenOrakel(db.jdbc, db.transactionManager, zone);
        for (FindManagementFiguren vraag : vragen()) {
            ManagementFiguren verwacht = orakel.bereken(vraag);
            assertThat(nieuw.apply(vraag)).as("%s", vraag).isEqualTo(verwacht);
        }
        // the comparison means something only when the facts fill every group of the figures
        ManagementFiguren alles = orakel.bereken(vraag(Periodesoort.WEEK, null, null, null));
        assertThat(List.of(alles.wachttijdTotTriage(), alles.wachttijdTotPlan(), alles.doorlooptijd(),
                alles.termijnnaleving(), alles.levensdomeinen(), alles.escalaties(), alles.uitkomsten(),
                alles.werklast())).allSatisfy(groep -> assertThat(groep).hasSizeGreaterThan(10));
    }

    private static List<FindManagementFiguren> vragen() {
        List<FindManagementFiguren> vragen = new ArrayList<>();
        for (Periodesoort soort : Periodesoort.values()) {
            for (String wijk : new String[] {null, "Noord", "Nergens"}) {
                vragen.add(vraag(soort, null, null, wijk));
                vragen.add(vraag(soort, LocalDate.of(2025, 3, 30), LocalDate.of(2025, 10, 26), wijk));
                vragen.add(vraag(soort, null, LocalDate.of(2025, 12, 31), wijk));
                vragen.add(vraag(soort, LocalDate.of(2026, 1, 3), null, wijk));
            }
        }
        return vragen;
    }

    private static FindManagementFiguren vraag(Periodesoort soort, LocalDate van, LocalDate tot, String wijk) {
        return new FindManagementFiguren(soort, van, tot, wijk);
    }

    private static void voed(FigurenDatabase db, Random random) {
        gebeurtenissen(random).forEach(g -> g.accept(db.projection));
    }

    /** Casussen whose events follow each other in time; within a casus in order, as a processor delivers them. */
    private static List<Consumer<ManagementFigurenProjection>> gebeurtenissen(Random random) {
        List<Consumer<ManagementFigurenProjection>> uit = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            casus(random.nextInt(1_000_000) + "-" + n, random, uit);
        }
        return uit;
    }

    private static void casus(String n, Random random, List<Consumer<ManagementFigurenProjection>> uit) {
        String hh = "hh-" + n;
        String casus = "casus-" + n;
        // a casus opened without a wijk may be placed by a later melding
        String wijk = random.nextInt(4) == 0 ? null : WIJKEN[random.nextInt(WIJKEN.length)];
        Instant open = moment(BEGIN, random);
        uit.add(p -> p.on(new CasusOpened(hh, casus, wijk), open));
        List<String> hulpvragen = new ArrayList<>();
        Instant laatste = open;
        for (int m = 0; m < 1 + random.nextInt(3); m++) {
            String hulpvraag = casus + "-hv-" + m;
            hulpvragen.add(hulpvraag);
            Instant at = m == 0 ? open : moment(laatste, random);
            laatste = at;
            String team = TEAMS[random.nextInt(TEAMS.length)];
            String meldingWijk = m == 0 ? wijk : WIJKEN[random.nextInt(WIJKEN.length)];
            Set<Levensdomein> domeinen = EnumSet.of(levensdomein(random), levensdomein(random));
            uit.add(p -> p.on(new MeldingRegistered(hh, casus, hulpvraag, Kanaal.TELEFOON, team, domeinen, null,
                    Set.of(), meldingWijk), at));
            if (random.nextBoolean()) {
                termijn(hh, casus, hulpvraag + "-t", at, random, uit);
            }
            if (random.nextInt(5) == 0) {
                String naar = TEAMS[random.nextInt(TEAMS.length)];
                uit.add(p -> p.on(new HulpvraagRouted(hh, casus, hulpvraag, team, naar)));
            }
        }
        Instant triage = moment(laatste, random);
        uit.add(p -> p.on(new CasusTriaged(hh, casus, null, Set.of(Levensdomein.WONEN), Urgentie.NORMAAL,
                hulpvragen.get(0)), triage));
        Instant plan = moment(triage, random);
        uit.add(p -> p.on(new PlanVersionAdopted(hh, casus, 1, null, List.of(), List.of()), plan));
        Instant verder = plan;
        if (random.nextInt(3) == 0) {
            verder = escalatie(hh, casus, plan, random, uit);
        }
        for (int sluiting = 0; sluiting < 2 && random.nextInt(4) > 0; sluiting++) {
            Instant dicht = moment(verder, random);
            Map<String, Uitkomst> uitkomsten = new LinkedHashMap<>();
            hulpvragen.forEach(h -> uitkomsten.put(h, Uitkomst.values()[random.nextInt(Uitkomst.values().length)]));
            uit.add(p -> p.on(new CasusClosed(hh, casus, uitkomsten), dicht));
            if (random.nextBoolean()) {
                break;
            }
            Instant heropend = moment(dicht, random);
            uit.add(p -> p.on(new CasusReopened(hh, casus, null), heropend));
            verder = heropend;
        }
    }

    private static void termijn(String hh, String casus, String termijnId, Instant start, Random random,
                                List<Consumer<ManagementFigurenProjection>> uit) {
        Instant verval = moment(start, random);
        boolean spoed = random.nextBoolean();
        uit.add(p -> p.on(new TermijnStarted(hh, casus, casus + "-hv", termijnId, "WMO_MELDING_ONDERZOEK", spoed,
                start, verval, verval, null)));
        Instant laterVerval = moment(verval, random);
        if (random.nextBoolean()) {
            uit.add(p -> p.on(new TermijnResumed(hh, casus, termijnId, null, verval, laterVerval, laterVerval, null)));
        }
        Instant einde = moment(start, random);
        switch (random.nextInt(4)) {
            case 0 -> uit.add(p -> p.on(new TermijnMet(hh, casus, termijnId, einde, true)));
            case 1 -> uit.add(p -> p.on(new TermijnMet(hh, casus, termijnId, einde, false)));
            case 2 -> uit.add(p -> p.on(new TermijnExpired(hh, casus, termijnId, "WMO_MELDING_ONDERZOEK", verval,
                    null)));
            default -> uit.add(p -> p.on(new TermijnStopped(hh, casus, termijnId, "Casus gesloten"), einde));
        }
    }

    private static Instant escalatie(String hh, String casus, Instant na, Random random,
                                     List<Consumer<ManagementFigurenProjection>> uit) {
        String id = casus + "-esc";
        EscalatieReden reden = EscalatieReden.values()[random.nextInt(EscalatieReden.values().length)];
        Instant proces = moment(na, random);
        uit.add(p -> p.on(new CasusEscalatedToProcesregisseur(hh, casus, id, reden, null), proces));
        Instant doorbraak = moment(proces, random);
        uit.add(p -> p.on(new CasusEscalatedToDoorbraakteam(hh, casus, id, reden, null), doorbraak));
        Instant ave = moment(doorbraak, random);
        uit.add(p -> p.on(new CasusEscalatedUnderAve(hh, casus, id, EscalatieNiveau.PROCESREGISSEUR_ZORG_EN_VEILIGHEIDSHUIS,
                reden, null), ave));
        return ave;
    }

    /**
     * A moment after {@code na}: mostly within a few hours either side of the next edge in {@link #GRENZEN}, otherwise
     * some days later; never after {@link #EIND}.
     */
    private static Instant moment(Instant na, Random random) {
        Instant volgende = na.plus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 20)));
        if (random.nextInt(3) > 0) {
            for (LocalDateTime grens : GRENZEN) {
                Instant rond = grens.atZone(AMSTERDAM).toInstant()
                        .plus(Duration.ofMinutes(random.nextInt(6 * 60) - 3 * 60));
                if (rond.isAfter(na)) {
                    volgende = rond;
                    break;
                }
            }
        }
        return volgende.isAfter(EIND) ? EIND.minusSeconds(random.nextInt(3600)) : volgende;
    }

    private static Levensdomein levensdomein(Random random) {
        return Levensdomein.values()[random.nextInt(Levensdomein.values().length)];
    }
}
