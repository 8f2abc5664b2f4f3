package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.huishouden.CasusFixture.CASUS;
import static nl.integraletoegang.command.huishouden.CasusFixture.HUISHOUDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.refusedBy;
import static nl.integraletoegang.command.huishouden.CasusFixture.triagedCasus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.api.escalatie.ApproveMaatwerkbudget;
import nl.integraletoegang.api.escalatie.CasusEscalatedToDoorbraakteam;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.DoorbraakApproved;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.escalatie.EscalatieTakenUp;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetGranted;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetRefused;
import nl.integraletoegang.api.escalatie.MaatwerkbudgetRequested;
import nl.integraletoegang.api.escalatie.Pijler;
import nl.integraletoegang.api.escalatie.RefuseMaatwerkbudget;
import nl.integraletoegang.api.escalatie.RequestMaatwerkbudget;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Four eyes on the maatwerkbudget: one member of the doorbraakteam requests, another approves or refuses, each acting
 * themselves (the actor of the command's audit metadata), and the same person in another spelling is the same person.
 */
class MaatwerkbudgetTest {

    private static final String ESCALATIE = "esc-1";
    private static final String DOORBRAAK = "db-1";
    private static final Pijler JA = new Pijler(true, "Past binnen de wet en helpt het gezin");
    private static final BigDecimal BEDRAG = new BigDecimal("2450.00");

    private AggregateTestFixture<Huishouden> fixture;

    @BeforeEach
    void setUp() {
        fixture = CasusFixture.fixture();
    }

    /** The audit metadata the service sets for a logged-in member of the doorbraakteam. */
    static Map<String, Object> als(String actor) {
        return Map.of(AuditMetadata.ACTOR, actor, AuditMetadata.ROLE, "DOORBRAAKTEAM", AuditMetadata.TEAM, "DOORBRAAK");
    }

    private static List<Object> goedgekeurdeDoorbraak() {
        return CasusFixture.concat(triagedCasus(),
                new CasusEscalatedToProcesregisseur(HUISHOUDEN, CASUS, ESCALATIE, EscalatieReden.KETEN_STAGNEERT,
                        "Partners leveren niet"),
                new EscalatieTakenUp(HUISHOUDEN, CASUS, ESCALATIE, EscalatieNiveau.PROCESREGISSEUR, "petra"),
                new CasusEscalatedToDoorbraakteam(HUISHOUDEN, CASUS, ESCALATIE, EscalatieReden.KETEN_STAGNEERT,
                        "Regels blokkeren"),
                new EscalatieTakenUp(HUISHOUDEN, CASUS, ESCALATIE, EscalatieNiveau.DOORBRAAKTEAM, "dirk"),
                new DoorbraakApproved(HUISHOUDEN, CASUS, ESCALATIE, DOORBRAAK, JA, JA, JA, "Huurschuld overnemen"));
    }

    private static List<Object> aangevraagd() {
        return CasusFixture.concat(goedgekeurdeDoorbraak(), new MaatwerkbudgetRequested(HUISHOUDEN, CASUS, DOORBRAAK,
                BEDRAG, "dirk", "Huurachterstand"));
    }

    private static ApproveMaatwerkbudget goedkeuring() {
        return new ApproveMaatwerkbudget(HUISHOUDEN, CASUS, DOORBRAAK, null);
    }

    @Test
    void theRequesterIsWhoeverSendsTheRequestInNormalisedForm() {
        fixture.given(goedgekeurdeDoorbraak())
                .when(new RequestMaatwerkbudget(HUISHOUDEN, CASUS, DOORBRAAK, BEDRAG, "Huurachterstand", null),
                        als(" Dirk "))
                .expectEvents(new MaatwerkbudgetRequested(HUISHOUDEN, CASUS, DOORBRAAK, BEDRAG, "dirk",
                        "Huurachterstand"));
    }

    @Test
    void anotherMemberApprovesAndTheGrantNamesBothPeople() {
        fixture.given(aangevraagd())
                .when(goedkeuring(), als("dana"))
                .expectEvents(new MaatwerkbudgetGranted(HUISHOUDEN, CASUS, DOORBRAAK, BEDRAG, "dirk", "dana", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dirk", "DIRK", "Dirk", " dirk", "dirk\t", "\u00a0dirk", "ｄｉｒｋ"})
    void theRequesterCannotApproveInAnySpellingOfTheirName(String zelfde) {
        fixture.given(aangevraagd())
                .when(goedkeuring(), als(zelfde))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "vier-ogen"))
                .expectNoEvents();
    }

    @Test
    void aRequestRecordedUnderAnotherSpellingIsStillTheSamePerson() {
        fixture.given(CasusFixture.concat(goedgekeurdeDoorbraak(), new MaatwerkbudgetRequested(HUISHOUDEN, CASUS,
                        DOORBRAAK, BEDRAG, "Dirk ", "Huurachterstand")))
                .when(goedkeuring(), als("dirk"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "vier-ogen"))
                .expectNoEvents();
    }

    @Test
    void theRequesterCannotRefuseEither() {
        fixture.given(aangevraagd())
                .when(new RefuseMaatwerkbudget(HUISHOUDEN, CASUS, DOORBRAAK, "Te duur", null), als("DIRK"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "vier-ogen"))
                .expectNoEvents();
    }

    @Test
    void approvingWithoutARequestIsRefused() {
        fixture.given(goedgekeurdeDoorbraak())
                .when(goedkeuring(), als("dana"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "budget-niet-aangevraagd"))
                .expectNoEvents();
    }

    @Test
    void approvingTwiceIsRefused() {
        fixture.given(CasusFixture.concat(aangevraagd(), new MaatwerkbudgetGranted(HUISHOUDEN, CASUS, DOORBRAAK,
                        BEDRAG, "dirk", "dana", null)))
                .when(goedkeuring(), als("dana"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "budget-al-toegekend"))
                .expectNoEvents();
    }

    @Test
    void aSecondRequestWhileOneWaitsOrAfterAGrantIsRefused() {
        fixture.given(aangevraagd())
                .when(new RequestMaatwerkbudget(HUISHOUDEN, CASUS, DOORBRAAK, BigDecimal.TEN, null, null), als("dana"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "budget-al-aangevraagd"))
                .expectNoEvents();
        fixture.given(CasusFixture.concat(aangevraagd(), new MaatwerkbudgetGranted(HUISHOUDEN, CASUS, DOORBRAAK,
                        BEDRAG, "dirk", "dana", null)))
                .when(new RequestMaatwerkbudget(HUISHOUDEN, CASUS, DOORBRAAK, BigDecimal.TEN, null, null), als("dana"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "budget-al-toegekend"))
                .expectNoEvents();
    }

    @Test
    void anotherMemberRefusesWithAReasonAndANewRequestIsPossibleAfterwards() {
        fixture.given(aangevraagd())
                .when(new RefuseMaatwerkbudget(HUISHOUDEN, CASUS, DOORBRAAK, "Goedkopere oplossing via de "
                        + "corporatie", null), als("dana"))
                .expectEvents(new MaatwerkbudgetRefused(HUISHOUDEN, CASUS, DOORBRAAK, BEDRAG, "dirk", "dana",
                        "Goedkopere oplossing via de corporatie"));
        List<Object> afgewezen = CasusFixture.concat(aangevraagd(), new MaatwerkbudgetRefused(HUISHOUDEN, CASUS,
                DOORBRAAK, BEDRAG, "dirk", "dana", "Te duur"));
        fixture.given(afgewezen)
                .when(goedkeuring(), als("dana"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "budget-niet-aangevraagd"));
        fixture.given(afgewezen)
                .when(new RequestMaatwerkbudget(HUISHOUDEN, CASUS, DOORBRAAK, new BigDecimal("1200.00"), null, null),
                        als("dirk"))
                .expectEvents(new MaatwerkbudgetRequested(HUISHOUDEN, CASUS, DOORBRAAK, new BigDecimal("1200.00"),
                        "dirk", null));
    }

    @Test
    void aRefusalNeedsAReason() {
        fixture.given(aangevraagd())
                .when(new RefuseMaatwerkbudget(HUISHOUDEN, CASUS, DOORBRAAK, " ", null), als("dana"))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "afwijzing-reden-verplicht"))
                .expectNoEvents();
    }

    @Test
    void onlyAnAuthenticatedMemberOfTheDoorbraakteamRequestsOrApproves() {
        fixture.given(aangevraagd())
                .when(goedkeuring())
                .expectException(refusedBy(BusinessErrorCode.FORBIDDEN, "budget-door-doorbraakteam"))
                .expectNoEvents();
        fixture.given(aangevraagd())
                .when(goedkeuring(), Map.of(AuditMetadata.ACTOR, "petra", AuditMetadata.ROLE, "PROCESREGISSEUR"))
                .expectException(refusedBy(BusinessErrorCode.FORBIDDEN, "budget-door-doorbraakteam"))
                .expectNoEvents();
        fixture.given(aangevraagd())
                .when(goedkeuring(), Map.of(AuditMetadata.ACTOR, AuditMetadata.SYSTEEM_ACTOR,
                        AuditMetadata.ROLE, AuditMetadata.SYSTEEM_ROLE))
                .expectException(refusedBy(BusinessErrorCode.FORBIDDEN, "budget-door-doorbraakteam"))
                .expectNoEvents();
        fixture.given(goedgekeurdeDoorbraak())
                .when(new RequestMaatwerkbudget(HUISHOUDEN, CASUS, DOORBRAAK, BEDRAG, null, null),
                        Map.of(AuditMetadata.ROLE, "DOORBRAAKTEAM"))
                .expectException(refusedBy(BusinessErrorCode.FORBIDDEN, "budget-door-doorbraakteam"))
                .expectNoEvents();
    }

    @Test
    void aGrantFromBeforeTheTwoStepFlowStillCountsAsGranted() {
        fixture.given(CasusFixture.concat(goedgekeurdeDoorbraak(), new MaatwerkbudgetGranted(HUISHOUDEN, CASUS,
                        DOORBRAAK, BEDRAG, "dirk", "maria", "Huurachterstand")))
                .when(new RequestMaatwerkbudget(HUISHOUDEN, CASUS, DOORBRAAK, BigDecimal.TEN, null, null), als("dirk"))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "budget-al-toegekend"));
    }

    @Test
    void anUnknownDoorbraakIsNotFound() {
        fixture.given(goedgekeurdeDoorbraak())
                .when(new RequestMaatwerkbudget(HUISHOUDEN, CASUS, "db-onbekend", BEDRAG, null, null), als("dirk"))
                .expectException(refusedBy(BusinessErrorCode.NOT_FOUND, "doorbraak-onbekend"));
    }
}
