package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.huishouden.CasusFixture.CASUS;
import static nl.integraletoegang.command.huishouden.CasusFixture.HUISHOUDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.openCasus;
import static nl.integraletoegang.command.huishouden.CasusFixture.refusedBy;
import static nl.integraletoegang.command.huishouden.CasusFixture.triagedCasus;

import java.math.BigDecimal;
import java.util.List;
import nl.integraletoegang.api.error.BusinessErrorCode;
import java.util.Map;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.escalatie.ApproveMaatwerkbudget;
import nl.integraletoegang.api.escalatie.CasusEscalatedToDoorbraakteam;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.CasusEscalatedUnderAve;
import nl.integraletoegang.api.escalatie.CasusHandedBack;
import nl.integraletoegang.api.escalatie.DecideDoorbraak;
import nl.integraletoegang.api.escalatie.DoorbraakApproved;
import nl.integraletoegang.api.escalatie.DoorbraakRejected;
import nl.integraletoegang.api.escalatie.EscalateToDoorbraakteam;
import nl.integraletoegang.api.escalatie.EscalateToProcesregisseur;
import nl.integraletoegang.api.escalatie.EscalateUnderAve;
import nl.integraletoegang.api.escalatie.EscalatieBesluitRecorded;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.escalatie.EscalatieTakenUp;
import nl.integraletoegang.api.escalatie.HandBackCasus;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetGranted;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetRequested;
import nl.integraletoegang.api.escalatie.RequestMaatwerkbudget;
import nl.integraletoegang.api.escalatie.Pijler;
import nl.integraletoegang.api.escalatie.RecordEscalatieBesluit;
import nl.integraletoegang.api.escalatie.TakeUpEscalatie;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The escalation ladder is climbed one rung at a time; a doorbraak needs three motivated "yes" answers. */
class EscalatieTest {

    private static final String ESCALATIE = "esc-1";
    private static final Pijler JA = new Pijler(true, "Past binnen de wet en helpt het gezin");
    private static final Pijler NEE = new Pijler(false, "Duurder dan doorgaan");

    private AggregateTestFixture<Huishouden> fixture;

    @BeforeEach
    void setUp() {
        fixture = CasusFixture.fixture();
    }

    private static List<Object> bijProcesregisseur(boolean opgepakt) {
        List<Object> events = CasusFixture.concat(triagedCasus(), new CasusEscalatedToProcesregisseur(HUISHOUDEN,
                CASUS, ESCALATIE, EscalatieReden.KETEN_STAGNEERT, "Partners leveren niet"));
        return opgepakt ? CasusFixture.concat(events, new EscalatieTakenUp(HUISHOUDEN, CASUS, ESCALATIE,
                EscalatieNiveau.PROCESREGISSEUR, "petra")) : events;
    }

    private static List<Object> bijDoorbraakteam() {
        return CasusFixture.concat(bijProcesregisseur(true),
                new CasusEscalatedToDoorbraakteam(HUISHOUDEN, CASUS, ESCALATIE, EscalatieReden.KETEN_STAGNEERT,
                        "Regels blokkeren"),
                new EscalatieTakenUp(HUISHOUDEN, CASUS, ESCALATIE, EscalatieNiveau.DOORBRAAKTEAM, "dirk"));
    }

    private static DecideDoorbraak doorbraak(Pijler rendement) {
        return new DecideDoorbraak(HUISHOUDEN, CASUS, "db-1", JA, JA, rendement, "Huurschuld overnemen", null);
    }

    @Test
    void theCasusregisseurEscalatesToAProcesregisseurWithAReason() {
        fixture.given(triagedCasus())
                .when(new EscalateToProcesregisseur(HUISHOUDEN, CASUS, ESCALATIE, EscalatieReden.KETEN_STAGNEERT,
                        "Partners leveren niet", null))
                .expectEvents(new CasusEscalatedToProcesregisseur(HUISHOUDEN, CASUS, ESCALATIE,
                        EscalatieReden.KETEN_STAGNEERT, "Partners leveren niet"));
    }

    @Test
    void escalatingBeforeTriageIsRefused() {
        fixture.given(openCasus())
                .when(new EscalateToProcesregisseur(HUISHOUDEN, CASUS, ESCALATIE, EscalatieReden.KETEN_STAGNEERT,
                        "x", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "escalatie-na-triage"));
    }

    @Test
    void aSecondTrajectoryWhileOneRunsIsRefused() {
        fixture.given(bijProcesregisseur(false))
                .when(new EscalateToProcesregisseur(HUISHOUDEN, CASUS, "esc-2", EscalatieReden.RISICO_ZORG_EN_VEILIGHEID,
                        "x", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "escalatie-loopt-al"));
    }

    @Test
    void theProcesregisseurTakesUpRecordsADecisionAndHandsBackWithTheAgreedPlan() {
        fixture.given(bijProcesregisseur(false))
                .when(new TakeUpEscalatie(HUISHOUDEN, CASUS, "petra", null))
                .expectEvents(new EscalatieTakenUp(HUISHOUDEN, CASUS, ESCALATIE, EscalatieNiveau.PROCESREGISSEUR,
                        "petra"));
        fixture.given(bijProcesregisseur(true))
                .when(new RecordEscalatieBesluit(HUISHOUDEN, CASUS, "Woningcorporatie schort ontruiming op", null))
                .expectEvents(new EscalatieBesluitRecorded(HUISHOUDEN, CASUS, ESCALATIE,
                        EscalatieNiveau.PROCESREGISSEUR, "Woningcorporatie schort ontruiming op"));
        fixture.given(bijProcesregisseur(true))
                .when(new HandBackCasus(HUISHOUDEN, CASUS, "Plan versie 2 met afspraken corporatie", null))
                .expectEvents(new CasusHandedBack(HUISHOUDEN, CASUS, ESCALATIE, EscalatieNiveau.PROCESREGISSEUR,
                        "Plan versie 2 met afspraken corporatie"));
    }

    @Test
    void decidingOrHandingBackBeforeTakingUpIsRefused() {
        fixture.given(bijProcesregisseur(false))
                .when(new HandBackCasus(HUISHOUDEN, CASUS, "Plan", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "escalatie-niet-opgepakt"));
        fixture.given(bijProcesregisseur(false))
                .when(new EscalateToDoorbraakteam(HUISHOUDEN, CASUS, EscalatieReden.KETEN_STAGNEERT, "x", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "escalatie-niet-opgepakt"));
    }

    @Test
    void onlyTheLevelWhereTheEscalationWaitsActsOnIt() {
        fixture.given(bijProcesregisseur(false))
                .when(new TakeUpEscalatie(HUISHOUDEN, CASUS, "dirk", null), Map.of(AuditMetadata.ROLE, "DOORBRAAKTEAM"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "escalatie-ander-niveau"));
        fixture.given(bijProcesregisseur(true))
                .when(new HandBackCasus(HUISHOUDEN, CASUS, "Plan", null), Map.of(AuditMetadata.ROLE, "DOORBRAAKTEAM"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "escalatie-ander-niveau"));
        fixture.given(bijDoorbraakteam())
                .when(new HandBackCasus(HUISHOUDEN, CASUS, "Plan", null), Map.of(AuditMetadata.ROLE, "PROCESREGISSEUR"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "escalatie-ander-niveau"));
        fixture.given(bijProcesregisseur(false))
                .when(new TakeUpEscalatie(HUISHOUDEN, CASUS, "petra", null),
                        Map.of(AuditMetadata.ROLE, "PROCESREGISSEUR"))
                .expectEvents(new EscalatieTakenUp(HUISHOUDEN, CASUS, ESCALATIE, EscalatieNiveau.PROCESREGISSEUR,
                        "petra"));
    }

    @Test
    void takingUpTwiceIsRefused() {
        fixture.given(bijProcesregisseur(true))
                .when(new TakeUpEscalatie(HUISHOUDEN, CASUS, "petra", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "escalatie-al-opgepakt"));
    }

    @Test
    void theProcesregisseurEscalatesOnwardToTheDoorbraakteam() {
        fixture.given(bijProcesregisseur(true))
                .when(new EscalateToDoorbraakteam(HUISHOUDEN, CASUS, EscalatieReden.KETEN_STAGNEERT, "Regels blokkeren",
                        null))
                .expectEvents(new CasusEscalatedToDoorbraakteam(HUISHOUDEN, CASUS, ESCALATIE,
                        EscalatieReden.KETEN_STAGNEERT, "Regels blokkeren"));
    }

    @Test
    void theLadderSkipsNoRung() {
        fixture.given(triagedCasus())
                .when(new EscalateToDoorbraakteam(HUISHOUDEN, CASUS, EscalatieReden.KETEN_STAGNEERT, "x", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "escalatieladder"));
        fixture.given(bijDoorbraakteam())
                .when(new EscalateUnderAve(HUISHOUDEN, CASUS, EscalatieNiveau.BURGEMEESTER,
                        EscalatieReden.RISICO_ZORG_EN_VEILIGHEID, "x", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "escalatieladder"));
    }

    @Test
    void furtherAveLevelsAreRecordedAsEscalationsToo() {
        fixture.given(bijDoorbraakteam())
                .when(new EscalateUnderAve(HUISHOUDEN, CASUS, EscalatieNiveau.PROCESREGISSEUR_ZORG_EN_VEILIGHEIDSHUIS,
                        EscalatieReden.RISICO_ZORG_EN_VEILIGHEID, "Onveilige thuissituatie", null))
                .expectEvents(new CasusEscalatedUnderAve(HUISHOUDEN, CASUS, ESCALATIE,
                        EscalatieNiveau.PROCESREGISSEUR_ZORG_EN_VEILIGHEIDSHUIS,
                        EscalatieReden.RISICO_ZORG_EN_VEILIGHEID, "Onveilige thuissituatie"));
    }

    @Test
    void aDoorbraakIsApprovedWhenAllThreePillarsAreYes() {
        fixture.given(bijDoorbraakteam())
                .when(doorbraak(JA))
                .expectEvents(new DoorbraakApproved(HUISHOUDEN, CASUS, ESCALATIE, "db-1", JA, JA, JA,
                        "Huurschuld overnemen"));
    }

    @Test
    void aDoorbraakWithOneNoIsRejected() {
        fixture.given(bijDoorbraakteam())
                .when(doorbraak(NEE))
                .expectEvents(new DoorbraakRejected(HUISHOUDEN, CASUS, ESCALATIE, "db-1", JA, JA, NEE,
                        "Huurschuld overnemen"));
    }

    @Test
    void aPillarWithoutMotivationMakesNoDecision() {
        fixture.given(bijDoorbraakteam())
                .when(doorbraak(new Pijler(true, " ")))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "pijler-met-motivering"))
                .expectNoEvents();
    }

    @Test
    void onlyTheDoorbraakteamDecidesOnADoorbraak() {
        fixture.given(bijProcesregisseur(true))
                .when(doorbraak(JA))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "doorbraak-door-doorbraakteam"));
    }

    @Test
    void maatwerkbudgetNeedsAnApproverOtherThanTheRequester() {
        List<Object> goedgekeurd = CasusFixture.concat(bijDoorbraakteam(), new DoorbraakApproved(HUISHOUDEN, CASUS,
                ESCALATIE, "db-1", JA, JA, JA, "Huurschuld overnemen"));
        List<Object> aangevraagd = CasusFixture.concat(goedgekeurd, new MaatwerkbudgetRequested(HUISHOUDEN, CASUS,
                "db-1", new BigDecimal("2450.00"), "dirk", "Huurachterstand"));
        fixture.given(aangevraagd)
                .when(new ApproveMaatwerkbudget(HUISHOUDEN, CASUS, "db-1", null), MaatwerkbudgetTest.als("dirk"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "vier-ogen"))
                .expectNoEvents();
        fixture.given(aangevraagd)
                .when(new ApproveMaatwerkbudget(HUISHOUDEN, CASUS, "db-1", null), MaatwerkbudgetTest.als("dana"))
                .expectEvents(new MaatwerkbudgetGranted(HUISHOUDEN, CASUS, "db-1", new BigDecimal("2450.00"), "dirk",
                        "dana", null));
    }

    @Test
    void maatwerkbudgetOnlyForAnApprovedDoorbraakAndAPositiveAmount() {
        fixture.given(CasusFixture.concat(bijDoorbraakteam(), new DoorbraakRejected(HUISHOUDEN, CASUS, ESCALATIE,
                        "db-1", JA, JA, NEE, "x")))
                .when(new RequestMaatwerkbudget(HUISHOUDEN, CASUS, "db-1", BigDecimal.TEN, "x", null),
                        MaatwerkbudgetTest.als("dirk"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "budget-na-goedgekeurde-doorbraak"));
        fixture.given(CasusFixture.concat(bijDoorbraakteam(), new DoorbraakApproved(HUISHOUDEN, CASUS, ESCALATIE,
                        "db-1", JA, JA, JA, "x")))
                .when(new RequestMaatwerkbudget(HUISHOUDEN, CASUS, "db-1", BigDecimal.ZERO, "x", null),
                        MaatwerkbudgetTest.als("dirk"))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "bedrag-positief"));
    }
}
