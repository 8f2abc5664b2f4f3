package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.huishouden.CasusFixture.CASUS;
import static nl.integraletoegang.command.huishouden.CasusFixture.HUISHOUDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.HULPVRAAG_SCHULDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.HULPVRAAG_WMO;
import static nl.integraletoegang.command.huishouden.CasusFixture.concat;
import static nl.integraletoegang.command.huishouden.CasusFixture.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CloseCasus;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.casus.RouteHulpvraag;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.plan.Actie;
import nl.integraletoegang.api.samenvoeging.AbsorbHuishouden;
import nl.integraletoegang.api.samenvoeging.CancelHuishoudenMerge;
import nl.integraletoegang.api.samenvoeging.CompleteHuishoudenMerge;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeCancelled;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeStarted;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergedInto;
import nl.integraletoegang.api.samenvoeging.MergeTarget;
import nl.integraletoegang.api.samenvoeging.Overdracht;
import nl.integraletoegang.api.samenvoeging.StartHuishoudenMerge;
import nl.integraletoegang.api.samenvoeging.VerifyMergeTarget;
import nl.integraletoegang.api.termijn.TermijnAboutToExpire;
import nl.integraletoegang.api.termijn.TermijnExpired;
import nl.integraletoegang.command.samenvoeging.Overdrachten;
import nl.integraletoegang.command.termijn.Termijn;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each household's steps of a merge and their rules. The household under test plays B (merged away) or A (taking B
 * in); the process between the two is {@code HuishoudenSamenvoegingSagaTest}'s.
 */
class SamenvoegingTest {

    private static final String ANDER = "hh-ander";
    private static final String ANDERE_CASUS = "casus-ander";
    private static final String SAMENVOEGING = "sv-1";
    private static final String REGIME = "WMO_MELDING_ONDERZOEK";

    private AggregateTestFixture<Huishouden> fixture;
    private final StubOverdrachten overdrachten = new StubOverdrachten();

    @BeforeEach
    void setUp() {
        fixture = CasusFixture.fixture();
        fixture.registerInjectableResource(overdrachten);
    }

    /** Returns a fixed handover and a fixed recorded start, and remembers what it was asked. */
    static final class StubOverdrachten implements Overdrachten {
        Overdracht overdracht = new Overdracht(List.of(), List.of(), List.of(), List.of());
        HuishoudenMergeStarted gestart;
        final List<String> gevraagd = new ArrayList<>();

        @Override
        public Overdracht verzamel(String huishoudenId, String casusId) {
            gevraagd.add(huishoudenId + "/" + casusId);
            return overdracht;
        }

        @Override
        public Optional<HuishoudenMergeStarted> gestart(String bronHuishoudenId, String samenvoegingId) {
            return Optional.ofNullable(gestart).filter(g -> g.huishoudenId().equals(bronHuishoudenId)
                    && g.samenvoegingId().equals(samenvoegingId));
        }
    }

    private static Map<String, Object> medewerker(String gebruikersnaam, String team) {
        return Map.of(AuditMetadata.ACTOR, gebruikersnaam, AuditMetadata.ROLE, "TOEGANGSMEDEWERKER",
                AuditMetadata.TEAM, team);
    }

    private static Overdracht.Hulpvraag hulpvraag(String id, String team) {
        return new Overdracht.Hulpvraag(id, Kanaal.TELEFOON, team, Set.of(Levensdomein.JEUGD), "Omschrijving",
                Set.of(), "Centrum", Instant.parse("2026-03-01T10:00:00Z"));
    }

    /** B's handover: a Jeugd hulpvraag with a running clock, a member and an open plan action. */
    private Overdracht overdrachtVanB(Termijn termijn) {
        return new Overdracht(List.of(hulpvraag("hv-b", "JEUGD")),
                List.of(new Persoon("p-b", "Sam Bakker", LocalDate.of(2012, 5, 1), null)),
                List.of(new Overdracht.Termijn("t-b", "hv-b", REGIME, false, "LOPEND",
                        Instant.parse("2026-03-01T10:00:00Z"), termijn.vervaltOp(), termijn.waarschuwingOp(),
                        termijn.laatsteDag(), null, false)),
                List.of(new Actie("a-b", "Gesprek school", "jet", LocalDate.of(2026, 4, 1))));
    }

    private HuishoudenMergeStarted gestartDoorB(Overdracht overdracht) {
        return new HuishoudenMergeStarted(ANDER, ANDERE_CASUS, SAMENVOEGING, HUISHOUDEN, CASUS, "Dubbel", overdracht);
    }

    // ---- B: the household merged away ----

    @Test
    void startingRecordsWhatTheHouseholdHandsOver() {
        Overdracht overdracht = new Overdracht(List.of(hulpvraag(HULPVRAAG_WMO, "WMO")), List.of(), List.of(),
                List.of());
        overdrachten.overdracht = overdracht;
        fixture.given(CasusFixture.openCasus())
                .when(new StartHuishoudenMerge(HUISHOUDEN, SAMENVOEGING, ANDER, ANDERE_CASUS, "Twee keer gemeld"))
                .expectEvents(new HuishoudenMergeStarted(HUISHOUDEN, CASUS, SAMENVOEGING, ANDER, ANDERE_CASUS,
                        "Twee keer gemeld", overdracht));
        assertThat(overdrachten.gevraagd).containsExactly(HUISHOUDEN + "/" + CASUS);
    }

    @Test
    void aHouseholdIsNotMergedIntoItself() {
        fixture.given(CasusFixture.openCasus())
                .when(new StartHuishoudenMerge(HUISHOUDEN, SAMENVOEGING, HUISHOUDEN, CASUS, "Dubbel"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "samenvoegen-met-zichzelf"))
                .expectNoEvents();
    }

    @Test
    void aHouseholdWithoutOpenCasusHasNothingToHandOver() {
        fixture.given(concat(CasusFixture.openCasus(), new CasusClosed(HUISHOUDEN, CASUS, Map.of(
                        HULPVRAAG_WMO, Uitkomst.EIGEN_NETWERK, HULPVRAAG_SCHULDEN, Uitkomst.DOORVERWEZEN))))
                .when(new StartHuishoudenMerge(HUISHOUDEN, SAMENVOEGING, ANDER, ANDERE_CASUS, "Dubbel"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "bron-zonder-open-casus"))
                .expectNoEvents();
    }

    @Test
    void aHouseholdInEscalationIsNotMerged() {
        fixture.given(concat(CasusFixture.triagedCasus(), new CasusEscalatedToProcesregisseur(HUISHOUDEN, CASUS,
                        "esc-1", EscalatieReden.KETEN_STAGNEERT, "Loopt vast")))
                .when(new StartHuishoudenMerge(HUISHOUDEN, SAMENVOEGING, ANDER, ANDERE_CASUS, "Dubbel"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "samenvoegen-tijdens-escalatie"))
                .expectNoEvents();
    }

    @Test
    void aWorkerWhoDoesNotWorkOnTheHouseholdCannotMergeIt() {
        fixture.given(CasusFixture.triagedCasus())
                .when(new StartHuishoudenMerge(HUISHOUDEN, SAMENVOEGING, ANDER, ANDERE_CASUS, "Dubbel"),
                        medewerker("jet", "JEUGD"))
                .expectException(refusedBy(BusinessErrorCode.FORBIDDEN, "casus-van-ander-team"))
                .expectNoEvents();
    }

    @Test
    void whileMergingTheHouseholdTakesNoOtherWrite() {
        fixture.given(concat(CasusFixture.openCasus(), startedByThisHousehold()))
                .when(new RouteHulpvraag(HUISHOUDEN, CASUS, HULPVRAAG_WMO, "JEUGD", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "samenvoeging-loopt"))
                .expectNoEvents();
    }

    @Test
    void aSecondMergeWaitsForTheFirst() {
        fixture.given(concat(CasusFixture.openCasus(), startedByThisHousehold()))
                .when(new StartHuishoudenMerge(HUISHOUDEN, "sv-2", "hh-derde", "casus-derde", "Dubbel"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "samenvoeging-loopt"))
                .expectNoEvents();
    }

    private HuishoudenMergeStarted startedByThisHousehold() {
        return new HuishoudenMergeStarted(HUISHOUDEN, CASUS, SAMENVOEGING, ANDER, ANDERE_CASUS, "Dubbel",
                new Overdracht(List.of(hulpvraag(HULPVRAAG_WMO, "WMO"), hulpvraag(HULPVRAAG_SCHULDEN, "SCHULDHULP")),
                        List.of(), List.of(new Overdracht.Termijn("t-1", HULPVRAAG_WMO, REGIME, false, "LOPEND",
                        CasusFixture.START, CasusFixture.START.plusSeconds(86400 * 43), CasusFixture.START,
                        LocalDate.of(2026, 4, 13), null, false)), List.of()));
    }

    @Test
    void completingEndsTheCasusWithSamengevoegdAndCancelsTheHouseholdsDeadlines() {
        Map<String, Uitkomst> samengevoegd = new LinkedHashMap<>();
        samengevoegd.put(HULPVRAAG_WMO, Uitkomst.SAMENGEVOEGD);
        samengevoegd.put(HULPVRAAG_SCHULDEN, Uitkomst.SAMENGEVOEGD);
        fixture.givenCommands(new RegisterMelding(HUISHOUDEN, HULPVRAAG_WMO, CASUS, Kanaal.TELEFOON, "WMO",
                        Set.of(Levensdomein.WMO_ONDERSTEUNING), null, List.of(), Set.of(), "Centrum", REGIME, "t-1"),
                        new RegisterMelding(HUISHOUDEN, HULPVRAAG_SCHULDEN, CASUS, Kanaal.TELEFOON, "SCHULDHULP",
                        Set.of(Levensdomein.SCHULDEN), null, List.of(), Set.of(), "Centrum", null, null))
                .andGiven(startedByThisHousehold())
                .when(new CompleteHuishoudenMerge(HUISHOUDEN, SAMENVOEGING))
                .expectEvents(new CasusClosed(HUISHOUDEN, CASUS, samengevoegd),
                        new HuishoudenMergedInto(HUISHOUDEN, CASUS, SAMENVOEGING, ANDER, ANDERE_CASUS))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aMergedHouseholdRefusesAMeldingAndNamesTheOneItWasMergedInto() {
        fixture.given(concat(CasusFixture.openCasus(), startedByThisHousehold(),
                        new CasusClosed(HUISHOUDEN, CASUS, Map.of(HULPVRAAG_WMO, Uitkomst.SAMENGEVOEGD,
                                HULPVRAAG_SCHULDEN, Uitkomst.SAMENGEVOEGD)),
                        new HuishoudenMergedInto(HUISHOUDEN, CASUS, SAMENVOEGING, ANDER, ANDERE_CASUS)))
                .when(new RegisterMelding(HUISHOUDEN, "hv-nieuw", "casus-nieuw", Kanaal.TELEFOON, "WMO",
                        Set.of(Levensdomein.WMO_ONDERSTEUNING), null, List.of(), Set.of(), "Centrum", null, null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "huishouden-samengevoegd"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(ANDER))
                .expectNoEvents();
    }

    @Test
    void completingTwiceChangesNothing() {
        fixture.given(concat(CasusFixture.openCasus(), startedByThisHousehold(),
                        new CasusClosed(HUISHOUDEN, CASUS, Map.of(HULPVRAAG_WMO, Uitkomst.SAMENGEVOEGD,
                                HULPVRAAG_SCHULDEN, Uitkomst.SAMENGEVOEGD)),
                        new HuishoudenMergedInto(HUISHOUDEN, CASUS, SAMENVOEGING, ANDER, ANDERE_CASUS)))
                .when(new CompleteHuishoudenMerge(HUISHOUDEN, SAMENVOEGING))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cancellingLeavesTheHouseholdAsItWasAndOpenToWritesAgain() {
        fixture.given(concat(CasusFixture.openCasus(), startedByThisHousehold()))
                .when(new CancelHuishoudenMerge(HUISHOUDEN, SAMENVOEGING, "doel-zonder-open-casus", "Gesloten"))
                .expectEvents(new HuishoudenMergeCancelled(HUISHOUDEN, CASUS, SAMENVOEGING, ANDER,
                        "doel-zonder-open-casus", "Gesloten"));
        fixture.given(concat(CasusFixture.openCasus(), startedByThisHousehold(), new HuishoudenMergeCancelled(
                        HUISHOUDEN, CASUS, SAMENVOEGING, ANDER, "doel-zonder-open-casus", "Gesloten")))
                .when(new RouteHulpvraag(HUISHOUDEN, CASUS, HULPVRAAG_WMO, "JEUGD", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aWorkerCannotCloseWithTheMergesOwnOutcome() {
        fixture.given(CasusFixture.triagedCasus())
                .when(new CloseCasus(HUISHOUDEN, CASUS, Map.of(HULPVRAAG_WMO, Uitkomst.SAMENGEVOEGD,
                        HULPVRAAG_SCHULDEN, Uitkomst.EIGEN_NETWERK), null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "uitkomst-samengevoegd"))
                .expectNoEvents();
    }

    // ---- A: the household taking B in ----

    @Test
    void theTargetAnswersItsOpenCasus() {
        fixture.given(CasusFixture.openCasus())
                .when(new VerifyMergeTarget(HUISHOUDEN, ANDER))
                .expectResultMessagePayload(new MergeTarget(HUISHOUDEN, CASUS))
                .expectNoEvents();
    }

    @Test
    void theTargetNeedsAnOpenCasusAndAnotherSource() {
        fixture.given(concat(CasusFixture.openCasus(), new CasusClosed(HUISHOUDEN, CASUS, Map.of(
                        HULPVRAAG_WMO, Uitkomst.EIGEN_NETWERK, HULPVRAAG_SCHULDEN, Uitkomst.DOORVERWEZEN))))
                .when(new VerifyMergeTarget(HUISHOUDEN, ANDER))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "doel-zonder-open-casus"));
        fixture.given(CasusFixture.openCasus())
                .when(new VerifyMergeTarget(HUISHOUDEN, HUISHOUDEN))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "samenvoegen-met-zichzelf"));
    }

    @Test
    void aWorkerWhoDoesNotWorkOnTheTargetCannotMergeIntoIt() {
        fixture.given(CasusFixture.triagedCasus())
                .when(new VerifyMergeTarget(HUISHOUDEN, ANDER), medewerker("jet", "JEUGD"))
                .expectException(refusedBy(BusinessErrorCode.FORBIDDEN, "casus-van-ander-team"));
    }

    @Test
    void absorbingTakesInWhatTheOtherHandedOverAndSchedulesItsClocks() {
        Termijn termijn = CasusFixture.KALENDER.bereken(REGIME, fixture.currentTime(), false);
        Overdracht overdracht = overdrachtVanB(termijn);
        overdrachten.gestart = gestartDoorB(overdracht);
        fixture.given(CasusFixture.triagedCasus())
                .when(new AbsorbHuishouden(HUISHOUDEN, SAMENVOEGING, ANDER))
                .expectEvents(new HuishoudenAbsorbed(HUISHOUDEN, CASUS, SAMENVOEGING, ANDER, ANDERE_CASUS,
                        overdracht))
                .expectScheduledDeadlineWithName(termijn.vervaltOp(), "termijn-verval-t-b")
                .expectScheduledDeadlineWithName(termijn.waarschuwingOp(), "termijn-waarschuwing-t-b");
    }

    @Test
    void absorbingTwiceTakesInOnce() {
        Termijn termijn = CasusFixture.KALENDER.bereken(REGIME, fixture.currentTime(), false);
        Overdracht overdracht = overdrachtVanB(termijn);
        overdrachten.gestart = gestartDoorB(overdracht);
        fixture.given(concat(CasusFixture.triagedCasus(), new HuishoudenAbsorbed(HUISHOUDEN, CASUS, SAMENVOEGING,
                        ANDER, ANDERE_CASUS, overdracht)))
                .when(new AbsorbHuishouden(HUISHOUDEN, SAMENVOEGING, ANDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aTargetClosedMeanwhileRefusesToAbsorb() {
        overdrachten.gestart = gestartDoorB(overdrachtVanB(
                CasusFixture.KALENDER.bereken(REGIME, fixture.currentTime(), false)));
        fixture.given(concat(CasusFixture.openCasus(), new CasusClosed(HUISHOUDEN, CASUS, Map.of(
                        HULPVRAAG_WMO, Uitkomst.EIGEN_NETWERK, HULPVRAAG_SCHULDEN, Uitkomst.DOORVERWEZEN))))
                .when(new AbsorbHuishouden(HUISHOUDEN, SAMENVOEGING, ANDER))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "doel-zonder-open-casus"))
                .expectNoEvents();
    }

    @Test
    void anUnknownMergeIsNotAbsorbed() {
        fixture.given(CasusFixture.triagedCasus())
                .when(new AbsorbHuishouden(HUISHOUDEN, "sv-onbekend", ANDER))
                .expectException(refusedBy(BusinessErrorCode.NOT_FOUND, "samenvoeging-onbekend"))
                .expectNoEvents();
    }

    @Test
    void theAbsorbedClockRunsOnInTheTargetWithItsOwnLastDay() {
        Termijn termijn = CasusFixture.KALENDER.bereken(REGIME, fixture.currentTime(), false);
        overdrachten.gestart = gestartDoorB(overdrachtVanB(termijn));
        fixture.given(CasusFixture.triagedCasus())
                .andGivenCommands(new AbsorbHuishouden(HUISHOUDEN, SAMENVOEGING, ANDER))
                .whenTimeAdvancesTo(termijn.vervaltOp().plusSeconds(1))
                .expectEvents(new TermijnAboutToExpire(HUISHOUDEN, CASUS, "t-b", REGIME, termijn.vervaltOp(),
                                termijn.laatsteDag()),
                        new TermijnExpired(HUISHOUDEN, CASUS, "t-b", REGIME, termijn.vervaltOp(),
                                termijn.laatsteDag()));
    }

    @Test
    void theTargetClosesOnlyWhenTheAbsorbedActionsAreDoneAndItsHulpvragenHaveAnOutcome() {
        Overdracht overdracht = overdrachtVanB(CasusFixture.KALENDER.bereken(REGIME, fixture.currentTime(), false));
        fixture.given(concat(CasusFixture.triagedCasus(), new HuishoudenAbsorbed(HUISHOUDEN, CASUS, SAMENVOEGING,
                        ANDER, ANDERE_CASUS, overdracht)))
                .when(new CloseCasus(HUISHOUDEN, CASUS, Map.of(HULPVRAAG_WMO, Uitkomst.EIGEN_NETWERK,
                        HULPVRAAG_SCHULDEN, Uitkomst.EIGEN_NETWERK, "hv-b", Uitkomst.EIGEN_NETWERK), null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "sluiten-met-open-acties"));
    }

    @Test
    void aWorkerOfTheAbsorbedHulpvraagsTeamNowWorksOnTheTarget() {
        Overdracht overdracht = overdrachtVanB(CasusFixture.KALENDER.bereken(REGIME, fixture.currentTime(), false));
        fixture.given(concat(CasusFixture.triagedCasus(), new HuishoudenAbsorbed(HUISHOUDEN, CASUS, SAMENVOEGING,
                        ANDER, ANDERE_CASUS, overdracht)))
                .when(new RouteHulpvraag(HUISHOUDEN, CASUS, "hv-b", "WMO", null), medewerker("jet", "JEUGD"))
                .expectSuccessfulHandlerExecution();
    }
}
