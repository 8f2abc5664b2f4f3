package nl.integraletoegang.query.figuren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import nl.integraletoegang.api.figuren.ManagementFiguren.EscalatieAantal;
import nl.integraletoegang.api.figuren.ManagementFiguren.TermijnNaleving;
import nl.integraletoegang.api.figuren.ManagementFiguren.Tijdsduur;
import nl.integraletoegang.api.figuren.ManagementFiguren.UitkomstAantal;
import nl.integraletoegang.api.figuren.ManagementFiguren.Werklast;
import nl.integraletoegang.api.figuren.Periodesoort;
import nl.integraletoegang.api.plan.PlanVersionAdopted;
import nl.integraletoegang.api.termijn.TermijnExpired;
import nl.integraletoegang.api.termijn.TermijnMet;
import nl.integraletoegang.api.termijn.TermijnStarted;
import nl.integraletoegang.api.termijn.TermijnStopped;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures projection against a real PostgreSQL, fed events with known moments (all in Europe/Amsterdam winter
 * time), so that medians, 90th percentiles, counts and periods can be asserted exactly.
 */
class ManagementFigurenProjectionTest {

    private static final LocalDateTime MAANDAG_5_JANUARI = LocalDateTime.of(2026, 1, 5, 9, 0);
    private static FigurenDatabase database;
    private ManagementFigurenProjection projection;
    private int hulpvragen;

    @BeforeAll
    static void startDatabase() {
        database = FigurenDatabase.start("figuren-projectie");
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        database.close();
    }

    @BeforeEach
    void emptyFacts() {
        projection = database.projection;
        projection.reset();
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(FigurenDatabase.AMSTERDAM).toInstant();
    }

    private ManagementFiguren figuren(Periodesoort periode, String wijk) {
        return projection.handle(new FindManagementFiguren(periode, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), wijk));
    }

    /** Opens a casus in a wijk with one melding at a team; returns the hulpvraag id. */
    private String open(String casus, String wijk, LocalDateTime moment, String team, Levensdomein... domeinen) {
        projection.on(new CasusOpened("hh-" + casus, casus, wijk), at(moment));
        return melding(casus, wijk, moment, team, domeinen);
    }

    private String melding(String casus, String wijk, LocalDateTime moment, String team, Levensdomein... domeinen) {
        String hulpvraag = casus + "-hv-" + ++hulpvragen;
        projection.on(new MeldingRegistered("hh-" + casus, casus, hulpvraag, Kanaal.TELEFOON, team,
                EnumSet.of(domeinen[0], domeinen), "vrije tekst blijft buiten de figuren", Set.of(), wijk),
                at(moment));
        return hulpvraag;
    }

    private void triage(String casus, LocalDateTime moment) {
        projection.on(new CasusTriaged("hh-" + casus, casus, "x", Set.of(Levensdomein.WONEN), Urgentie.NORMAAL,
                null), at(moment));
    }

    private void plan(String casus, int versie, LocalDateTime moment) {
        projection.on(new PlanVersionAdopted("hh-" + casus, casus, versie, versie == 1 ? null : versie - 1,
                List.of(), List.of()), at(moment));
    }

    private void close(String casus, LocalDateTime moment, Map<String, Uitkomst> uitkomsten) {
        projection.on(new CasusClosed("hh-" + casus, casus, uitkomsten), at(moment));
    }

    @Test
    void wachttijdenAndDoorlooptijdAreMediansAndNinetiethPercentilesInDaysPerPeriodOfTheEndingStep() {
        int[] triageNaDagen = {1, 2, 3, 4, 10};
        int[] planNaDagen = {2, 4, 6, 8, 20};
        for (int i = 0; i < 5; i++) {
            String casus = "c" + i;
            String hulpvraag = open(casus, "Centrum", MAANDAG_5_JANUARI, "WMO", Levensdomein.WONEN);
            triage(casus, MAANDAG_5_JANUARI.plusDays(triageNaDagen[i]));
            plan(casus, 1, MAANDAG_5_JANUARI.plusDays(planNaDagen[i]));
            // a later plan version does not move the moment of the first adopted plan
            plan(casus, 2, MAANDAG_5_JANUARI.plusDays(planNaDagen[i] + 1));
            if (i < 2) {
                close(casus, MAANDAG_5_JANUARI.plusDays(i == 0 ? 30 : 50), Map.of(hulpvraag, Uitkomst.EIGEN_NETWERK));
            }
        }

        ManagementFiguren figuren = figuren(Periodesoort.MAAND, null);

        assertThat(figuren.wachttijdTotTriage()).singleElement().satisfies(t -> {
            assertThat(t.periode().label()).isEqualTo("2026-01");
            assertThat(t.aantal()).isEqualTo(5);
            assertThat(t.mediaanDagen()).isCloseTo(3.0, within(1e-9));
            // percentile_cont(0.9) over 1, 2, 3, 4, 10: 4 + 0.6 × (10 − 4)
            assertThat(t.p90Dagen()).isCloseTo(7.6, within(1e-9));
            assertThat(t.gemiddeldeDagen()).isCloseTo(4.0, within(1e-9));
        });
        assertThat(figuren.wachttijdTotPlan()).singleElement().satisfies(t -> {
            assertThat(t.mediaanDagen()).isCloseTo(6.0, within(1e-9));
            assertThat(t.p90Dagen()).isCloseTo(15.2, within(1e-9));
        });
        // closed on 4 and 24 February: counted in February
        assertThat(figuren.doorlooptijd()).singleElement().satisfies(t -> {
            assertThat(t.periode().label()).isEqualTo("2026-02");
            assertThat(t.periode().begin()).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(t.aantal()).isEqualTo(2);
            assertThat(t.mediaanDagen()).isCloseTo(40.0, within(1e-9));
            assertThat(t.p90Dagen()).isCloseTo(48.0, within(1e-9));
        });

        // per week: triage on Tue 6 .. Fri 9 January is ISO week 2, on Thu 15 January week 3
        List<Tijdsduur> perWeek = figuren(Periodesoort.WEEK, null).wachttijdTotTriage();
        assertThat(perWeek).extracting(t -> t.periode().label(), Tijdsduur::aantal)
                .containsExactly(tuple("2026-W02", 4L),
                        tuple("2026-W03", 1L));
        assertThat(perWeek.get(0).periode().begin()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(perWeek.get(0).mediaanDagen()).isCloseTo(2.5, within(1e-9));
        assertThat(figuren(Periodesoort.KWARTAAL, null).doorlooptijd()).singleElement()
                .satisfies(t -> assertThat(t.periode().label()).isEqualTo("2026-K1"));
    }

    @Test
    void termijnComplianceCountsOnTimeLateAndStoppedClocksPerRegime() {
        open("t", "Noord", MAANDAG_5_JANUARI, "WMO", Levensdomein.WMO_ONDERSTEUNING);
        Instant start = at(MAANDAG_5_JANUARI);
        Instant verval = at(MAANDAG_5_JANUARI.plusWeeks(6));
        for (int i = 1; i <= 6; i++) {
            projection.on(new TermijnStarted("hh-t", "t", "hv", "termijn-" + i, "WMO_MELDING_ONDERZOEK", false,
                    start, verval, verval.minusSeconds(86400 * 7), null));
        }
        for (int i = 1; i <= 3; i++) {
            projection.on(new TermijnMet("hh-t", "t", "termijn-" + i, start.plusSeconds(86400L * 10 * i), true));
        }
        // expired, and completed later still: late once, decided at the expiry
        projection.on(new TermijnExpired("hh-t", "t", "termijn-4", "WMO_MELDING_ONDERZOEK", verval, null));
        projection.on(new TermijnMet("hh-t", "t", "termijn-4", verval.plusSeconds(86400), false));
        // completed after the expiry before the expiry deadline fired
        projection.on(new TermijnMet("hh-t", "t", "termijn-5", verval.plusSeconds(3600), false));
        projection.on(new TermijnStopped("hh-t", "t", "termijn-6", "Casus gesloten"),
                at(MAANDAG_5_JANUARI.plusDays(3)));
        // a redelivered expiry changes nothing
        projection.on(new TermijnExpired("hh-t", "t", "termijn-1", "WMO_MELDING_ONDERZOEK", verval, null));
        projection.on(new TermijnStarted("hh-t", "t", "hv", "spoed", "SCHULDHULP_VERZOEK_EERSTE_GESPREK", true,
                start, start.plusSeconds(86400 * 3), start, null));

        ManagementFiguren figuren = figuren(Periodesoort.KWARTAAL, null);

        assertThat(figuren.termijnnaleving()).singleElement().satisfies(t -> {
            assertThat(t.regime()).isEqualTo("WMO_MELDING_ONDERZOEK");
            assertThat(t.spoed()).isFalse();
            assertThat(t.opTijd()).isEqualTo(3);
            assertThat(t.teLaat()).isEqualTo(2);
            assertThat(t.gestopt()).isEqualTo(1);
            assertThat(t.nalevingPercentage()).isCloseTo(60.0, within(1e-9));
        });
        // per month: three met on time in January (15, 25 January) and February (4 February), the rest in February
        List<TermijnNaleving> perMaand = figuren(Periodesoort.MAAND, null).termijnnaleving();
        assertThat(perMaand).extracting(t -> t.periode().label(), TermijnNaleving::opTijd, TermijnNaleving::teLaat,
                        TermijnNaleving::gestopt)
                .containsExactly(tuple("2026-01", 2L, 0L, 1L),
                        tuple("2026-02", 1L, 2L, 0L));
    }

    @Test
    void escalationsAreCountedPerLevelAndReasonOnceEach() {
        open("e", "Zuid", MAANDAG_5_JANUARI, "SCHULDHULP", Levensdomein.SCHULDEN);
        LocalDateTime later = MAANDAG_5_JANUARI.plusDays(20);
        CasusEscalatedToProcesregisseur procesregie = new CasusEscalatedToProcesregisseur("hh-e", "e", "esc-1",
                EscalatieReden.KETEN_STAGNEERT, "toelichting");
        projection.on(procesregie, at(later));
        projection.on(procesregie, at(later));
        projection.on(new CasusEscalatedToDoorbraakteam("hh-e", "e", "esc-1", EscalatieReden.KETEN_STAGNEERT, "t"),
                at(later.plusDays(1)));
        projection.on(new CasusEscalatedUnderAve("hh-e", "e", "esc-1",
                EscalatieNiveau.PROCESREGISSEUR_ZORG_EN_VEILIGHEIDSHUIS, EscalatieReden.RISICO_ZORG_EN_VEILIGHEID, "t"),
                at(later.plusDays(2)));
        projection.on(new CasusEscalatedToProcesregisseur("hh-e", "e", "esc-2",
                EscalatieReden.KETEN_STAGNEERT, "t"), at(later.plusDays(3)));

        assertThat(figuren(Periodesoort.MAAND, null).escalaties())
                .extracting(EscalatieAantal::niveau, EscalatieAantal::reden, EscalatieAantal::aantal)
                .containsExactly(
                        tuple(EscalatieNiveau.PROCESREGISSEUR,
                                EscalatieReden.KETEN_STAGNEERT, 2L),
                        tuple(EscalatieNiveau.DOORBRAAKTEAM,
                                EscalatieReden.KETEN_STAGNEERT, 1L),
                        tuple(EscalatieNiveau.PROCESREGISSEUR_ZORG_EN_VEILIGHEIDSHUIS,
                                EscalatieReden.RISICO_ZORG_EN_VEILIGHEID, 1L));
    }

    @Test
    void outcomesPerTeamShowTheShareOfEachOutcomeWithinTheTeamThatHandlesTheHulpvraag() {
        LocalDateTime dicht = MAANDAG_5_JANUARI.plusDays(10);
        String a1 = open("a", "Centrum", MAANDAG_5_JANUARI, "WMO", Levensdomein.WMO_ONDERSTEUNING);
        String a2 = melding("a", "Centrum", MAANDAG_5_JANUARI.plusHours(1), "WMO", Levensdomein.SCHULDEN);
        // the schulden question moves to Schuldhulp: its outcome counts there
        projection.on(new HulpvraagRouted("hh-a", "a", a2, "WMO", "SCHULDHULP"));
        close("a", dicht, Map.of(a1, Uitkomst.VOORLIGGEND_VELD, a2, Uitkomst.MAATWERKVOORZIENING));
        String b1 = open("b", "Centrum", MAANDAG_5_JANUARI, "WMO", Levensdomein.WMO_ONDERSTEUNING);
        String b2 = melding("b", "Centrum", MAANDAG_5_JANUARI, "WMO", Levensdomein.ZORG);
        String b3 = melding("b", "Centrum", MAANDAG_5_JANUARI, "WMO", Levensdomein.WELZIJN);
        close("b", dicht, Map.of(b1, Uitkomst.MAATWERKVOORZIENING, b2, Uitkomst.MAATWERKVOORZIENING,
                b3, Uitkomst.EIGEN_NETWERK));

        assertThat(figuren(Periodesoort.MAAND, null).uitkomsten())
                .extracting(UitkomstAantal::team, UitkomstAantal::uitkomst, UitkomstAantal::aantal,
                        u -> Math.round(u.aandeelPercentage() * 100) / 100.0)
                .containsExactly(
                        tuple("SCHULDHULP", Uitkomst.MAATWERKVOORZIENING, 1L, 100.0),
                        tuple("WMO", Uitkomst.EIGEN_NETWERK, 1L, 25.0),
                        tuple("WMO", Uitkomst.MAATWERKVOORZIENING, 2L, 50.0),
                        tuple("WMO", Uitkomst.VOORLIGGEND_VELD, 1L, 25.0));
    }

    @Test
    void workloadPerTeamCarriesOpenHulpvragenFromBeforeTheRangeIntoEachPeriodEnd() {
        // registered in December 2025, before the asked range, closed in February
        String oud = open("w1", "Noord", LocalDateTime.of(2025, 12, 10, 10, 0), "JEUGD", Levensdomein.JEUGD);
        String januari = open("w2", "Noord", MAANDAG_5_JANUARI, "JEUGD", Levensdomein.JEUGD);
        open("w3", "Noord", LocalDateTime.of(2026, 3, 2, 10, 0), "JEUGD", Levensdomein.ONDERWIJS);
        close("w1", LocalDateTime.of(2026, 2, 3, 10, 0), Map.of(oud, Uitkomst.DOORVERWEZEN));
        close("w2", LocalDateTime.of(2026, 2, 4, 10, 0), Map.of(januari, Uitkomst.INGETROKKEN));

        ManagementFiguren totEnMetMaart = projection.handle(new FindManagementFiguren(Periodesoort.MAAND,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null));

        assertThat(totEnMetMaart.werklast())
                .extracting(w -> w.periode().label(), Werklast::team, Werklast::nieuw, Werklast::afgesloten,
                        Werklast::openAanEinde)
                .containsExactly(
                        tuple("2026-01", "JEUGD", 1L, 0L, 2L),
                        tuple("2026-02", "JEUGD", 0L, 2L, 0L),
                        tuple("2026-03", "JEUGD", 1L, 0L, 1L));
    }

    @Test
    void levensdomeinenAreRankedByHowManyHulpvragenTouchThem() {
        open("l1", "Oost", MAANDAG_5_JANUARI, "SCHULDHULP", Levensdomein.SCHULDEN, Levensdomein.WONEN);
        open("l2", "Oost", MAANDAG_5_JANUARI, "SCHULDHULP", Levensdomein.SCHULDEN);
        open("l3", "Oost", MAANDAG_5_JANUARI, "JEUGD", Levensdomein.JEUGD, Levensdomein.SCHULDEN,
                Levensdomein.WONEN);

        assertThat(figuren(Periodesoort.MAAND, null).levensdomeinen())
                .extracting(l -> l.levensdomein(), l -> l.aantal(), l -> l.rang())
                .containsExactly(tuple(Levensdomein.SCHULDEN, 3L, 1),
                        tuple(Levensdomein.WONEN, 2L, 2),
                        tuple(Levensdomein.JEUGD, 1L, 3));
    }

    @Test
    void aWijkFilterKeepsOnlyTheFactsOfItsCasussenAndALaterMeldingCanNameTheWijk() {
        open("n", "Noord", MAANDAG_5_JANUARI, "WMO", Levensdomein.WONEN);
        triage("n", MAANDAG_5_JANUARI.plusDays(1));
        open("z", null, MAANDAG_5_JANUARI, "WMO", Levensdomein.WERK);
        melding("z", "Zuid", MAANDAG_5_JANUARI.plusHours(2), "WMO", Levensdomein.INKOMEN);
        triage("z", MAANDAG_5_JANUARI.plusDays(3));
        projection.on(new CasusEscalatedToProcesregisseur("hh-z", "z", "esc-z", EscalatieReden.KETEN_STAGNEERT, "t"),
                at(MAANDAG_5_JANUARI.plusDays(4)));

        ManagementFiguren zuid = figuren(Periodesoort.MAAND, "Zuid");

        assertThat(zuid.wijk()).isEqualTo("Zuid");
        assertThat(zuid.wachttijdTotTriage()).singleElement()
                .satisfies(t -> assertThat(t.mediaanDagen()).isCloseTo(3.0, within(1e-9)));
        assertThat(zuid.levensdomeinen()).extracting(l -> l.levensdomein())
                .containsExactlyInAnyOrder(Levensdomein.WERK, Levensdomein.INKOMEN);
        assertThat(zuid.escalaties()).hasSize(1);
        assertThat(figuren(Periodesoort.MAAND, "Noord").escalaties()).isEmpty();
        assertThat(figuren(Periodesoort.MAAND, null).wachttijdTotTriage()).singleElement()
                .satisfies(t -> assertThat(t.aantal()).isEqualTo(2));
    }

    @Test
    void aReopenedCasusIsOpenAgainAndEachClosureKeepsItsDoorlooptijdFromTheFirstOpening() {
        String hulpvraag = open("r", "West", MAANDAG_5_JANUARI, "WMO", Levensdomein.WONEN);
        close("r", MAANDAG_5_JANUARI.plusDays(5), Map.of(hulpvraag, Uitkomst.EIGEN_NETWERK));
        projection.on(new CasusReopened("hh-r", "r", "nieuwe achterstand"), at(MAANDAG_5_JANUARI.plusDays(8)));

        ManagementFiguren heropend = figuren(Periodesoort.MAAND, null);
        // the first closure stays in its period
        assertThat(heropend.doorlooptijd()).singleElement()
                .satisfies(t -> assertThat(t.mediaanDagen()).isCloseTo(5.0, within(1e-9)));
        assertThat(heropend.uitkomsten()).singleElement()
                .satisfies(u -> assertThat(u.uitkomst()).isEqualTo(Uitkomst.EIGEN_NETWERK));
        // open again at the end of January and of every month since
        assertThat(heropend.werklast()).isNotEmpty().allSatisfy(w -> assertThat(w.openAanEinde()).isEqualTo(1));
        assertThat(heropend.werklast().get(0).afgesloten()).isEqualTo(1);

        close("r", MAANDAG_5_JANUARI.plusDays(12), Map.of(hulpvraag, Uitkomst.VOORLIGGEND_VELD));
        ManagementFiguren gesloten = figuren(Periodesoort.MAAND, null);
        assertThat(gesloten.doorlooptijd()).singleElement().satisfies(t -> {
            assertThat(t.aantal()).isEqualTo(2);
            assertThat(t.mediaanDagen()).isCloseTo(8.5, within(1e-9));
        });
        assertThat(gesloten.uitkomsten()).extracting(UitkomstAantal::uitkomst, UitkomstAantal::aantal)
                .containsExactly(tuple(Uitkomst.EIGEN_NETWERK, 1L), tuple(Uitkomst.VOORLIGGEND_VELD, 1L));
        assertThat(gesloten.werklast()).first().satisfies(w -> {
            assertThat(w.afgesloten()).isEqualTo(2);
            assertThat(w.openAanEinde()).isZero();
        });
    }

    @Test
    void aPastPeriodKeepsItsClosureWhenTheCasusIsReopenedAndTheLaterClosureCountsInItsOwnPeriod() {
        String hulpvraag = open("p1", "West", MAANDAG_5_JANUARI, "WMO", Levensdomein.WONEN);
        close("p1", LocalDateTime.of(2026, 1, 20, 10, 0), Map.of(hulpvraag, Uitkomst.EIGEN_NETWERK));
        ManagementFiguren voorHeropening = figuren(Periodesoort.MAAND, null);

        projection.on(new CasusReopened("hh-p1", "p1", "nieuwe achterstand"), at(LocalDateTime.of(2026, 2, 10, 9, 0)));
        ManagementFiguren naHeropening = figuren(Periodesoort.MAAND, null);
        // January as it was: the doorlooptijd, the outcome and the closure in the workload
        assertThat(naHeropening.doorlooptijd()).isEqualTo(voorHeropening.doorlooptijd());
        assertThat(naHeropening.uitkomsten()).isEqualTo(voorHeropening.uitkomsten());
        assertThat(naHeropening.werklast().get(0)).isEqualTo(voorHeropening.werklast().get(0));
        assertThat(naHeropening.werklast()).extracting(w -> w.periode().label(), Werklast::afgesloten,
                        Werklast::openAanEinde)
                .startsWith(tuple("2026-01", 1L, 0L), tuple("2026-02", 0L, 1L));

        close("p1", LocalDateTime.of(2026, 3, 16, 10, 0), Map.of(hulpvraag, Uitkomst.MAATWERKVOORZIENING));
        ManagementFiguren figuren = figuren(Periodesoort.MAAND, null);

        assertThat(figuren.doorlooptijd()).extracting(t -> t.periode().label(), Tijdsduur::aantal)
                .containsExactly(tuple("2026-01", 1L), tuple("2026-03", 1L));
        assertThat(figuren.doorlooptijd().get(0)).isEqualTo(voorHeropening.doorlooptijd().get(0));
        // from the first opening on 5 January to 16 March: 70 days and one hour
        assertThat(figuren.doorlooptijd().get(1).mediaanDagen()).isCloseTo(70 + 1 / 24.0, within(1e-9));
        assertThat(figuren.uitkomsten()).extracting(u -> u.periode().label(), UitkomstAantal::uitkomst,
                        UitkomstAantal::aantal)
                .containsExactly(tuple("2026-01", Uitkomst.EIGEN_NETWERK, 1L),
                        tuple("2026-03", Uitkomst.MAATWERKVOORZIENING, 1L));
        assertThat(figuren.werklast()).extracting(w -> w.periode().label(), Werklast::nieuw, Werklast::afgesloten,
                        Werklast::openAanEinde)
                .startsWith(tuple("2026-01", 1L, 1L, 0L), tuple("2026-02", 0L, 0L, 1L),
                        tuple("2026-03", 0L, 1L, 0L));

        // a redelivered reopening and closure change nothing; a rebuild gives the same figures
        projection.on(new CasusReopened("hh-p1", "p1", "nieuwe achterstand"), at(LocalDateTime.of(2026, 2, 10, 9, 0)));
        close("p1", LocalDateTime.of(2026, 3, 16, 10, 0), Map.of(hulpvraag, Uitkomst.MAATWERKVOORZIENING));
        assertThat(figuren(Periodesoort.MAAND, null)).isEqualTo(figuren);
        projection.reset();
        hulpvragen = 0;
        String opnieuw = open("p1", "West", MAANDAG_5_JANUARI, "WMO", Levensdomein.WONEN);
        close("p1", LocalDateTime.of(2026, 1, 20, 10, 0), Map.of(opnieuw, Uitkomst.EIGEN_NETWERK));
        projection.on(new CasusReopened("hh-p1", "p1", "nieuwe achterstand"), at(LocalDateTime.of(2026, 2, 10, 9, 0)));
        close("p1", LocalDateTime.of(2026, 3, 16, 10, 0), Map.of(opnieuw, Uitkomst.MAATWERKVOORZIENING));
        assertThat(figuren(Periodesoort.MAAND, null)).isEqualTo(figuren);
    }

    @Test
    void eventsDeliveredTwiceOrReplayedAfterAResetGiveTheSameFigures() {
        Runnable verhaal = () -> {
            // the same events each time: the same hulpvraag ids
            hulpvragen = 0;
            String hv = open("d", "Centrum", MAANDAG_5_JANUARI, "WMO", Levensdomein.ZORG);
            triage("d", MAANDAG_5_JANUARI.plusDays(2));
            plan("d", 1, MAANDAG_5_JANUARI.plusDays(4));
            projection.on(new TermijnStarted("hh-d", "d", hv, "td", "WMO_MELDING_ONDERZOEK", false,
                    at(MAANDAG_5_JANUARI), at(MAANDAG_5_JANUARI.plusWeeks(6)), at(MAANDAG_5_JANUARI.plusWeeks(5)),
                    null));
            projection.on(new TermijnMet("hh-d", "d", "td", at(MAANDAG_5_JANUARI.plusDays(9)), true));
            projection.on(new CasusEscalatedToProcesregisseur("hh-d", "d", "esc-d", EscalatieReden.KETEN_STAGNEERT,
                    "t"), at(MAANDAG_5_JANUARI.plusDays(5)));
            close("d", MAANDAG_5_JANUARI.plusDays(20), Map.of(hv, Uitkomst.EIGEN_NETWERK));
        };
        verhaal.run();
        ManagementFiguren eenmaal = figuren(Periodesoort.MAAND, null);

        verhaal.run();
        assertThat(figuren(Periodesoort.MAAND, null)).isEqualTo(eenmaal);

        projection.reset();
        assertThat(figuren(Periodesoort.MAAND, null).wachttijdTotTriage()).isEmpty();
        verhaal.run();
        assertThat(figuren(Periodesoort.MAAND, null)).isEqualTo(eenmaal);
        assertThat(eenmaal.wachttijdTotTriage()).hasSize(1);
        assertThat(eenmaal.termijnnaleving()).singleElement()
                .satisfies(t -> assertThat(t.nalevingPercentage()).isEqualTo(100.0));
    }

    @Test
    void theRangeIsWidenedToWholePeriodsAndStatedInTheAnswer() {
        ManagementFiguren figuren = projection.handle(new FindManagementFiguren(Periodesoort.KWARTAAL,
                LocalDate.of(2026, 2, 14), LocalDate.of(2026, 5, 2), null));

        assertThat(figuren.van()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(figuren.tot()).isEqualTo(LocalDate.of(2026, 6, 30));
        ManagementFiguren perWeek = projection.handle(new FindManagementFiguren(Periodesoort.WEEK,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), null));
        assertThat(perWeek.van()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(perWeek.tot()).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void theFactTablesHoldNoPersonalData() {
        open("p", "Centrum", MAANDAG_5_JANUARI, "WMO", Levensdomein.ZORG);
        List<String> kolommen = database.jdbc.sql("""
                        SELECT column_name FROM information_schema.columns WHERE table_name LIKE 'figuur\\_%'""")
                .query(String.class).list();
        assertThat(kolommen).isNotEmpty().noneMatch(k -> k.contains("huishouden") || k.contains("omschrijving")
                || k.contains("naam") || k.contains("bsn") || k.contains("toelichting"));
        assertThat(database.jdbc.sql("SELECT count(*) FROM figuur_hulpvraag WHERE levensdomeinen::text LIKE '%tekst%'")
                .query(Long.class).single()).isZero();
    }
}
