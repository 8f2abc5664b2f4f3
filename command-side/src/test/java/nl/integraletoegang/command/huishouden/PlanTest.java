package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.huishouden.CasusFixture.CASUS;
import static nl.integraletoegang.command.huishouden.CasusFixture.HUISHOUDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.openCasus;
import static nl.integraletoegang.command.huishouden.CasusFixture.refusedBy;
import static nl.integraletoegang.command.huishouden.CasusFixture.triagedCasus;

import java.time.LocalDate;
import java.util.List;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.api.plan.Actie;
import nl.integraletoegang.api.plan.AdoptPlanVersion;
import nl.integraletoegang.api.plan.CancelPlanActie;
import nl.integraletoegang.api.plan.CompletePlanActie;
import nl.integraletoegang.api.plan.Doel;
import nl.integraletoegang.api.plan.PlanActieCancelled;
import nl.integraletoegang.api.plan.PlanActieCompleted;
import nl.integraletoegang.api.plan.PlanVersionAdopted;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One plan per casus: each adopted version supersedes the previous one, and the history is kept. */
class PlanTest {

    private static final List<Doel> DOELEN = List.of(new Doel(Levensdomein.SCHULDEN, "Schulden stabiliseren"));
    private static final Actie BUDGET = new Actie("a-1", "Budgetplan maken", "bram", LocalDate.of(2026, 4, 1));
    private static final Actie HUUR = new Actie("a-2", "Huurbetalingsregeling", "bram", LocalDate.of(2026, 4, 15));
    private static final Actie ZORG = new Actie("a-3", "Wmo-onderzoek", "anna", LocalDate.of(2026, 5, 1));

    private AggregateTestFixture<Huishouden> fixture;

    @BeforeEach
    void setUp() {
        fixture = CasusFixture.fixture();
    }

    private static PlanVersionAdopted versie1() {
        return new PlanVersionAdopted(HUISHOUDEN, CASUS, 1, null, DOELEN, List.of(BUDGET, HUUR));
    }

    @Test
    void theFirstVersionIsAdoptedAfterTriage() {
        fixture.given(triagedCasus())
                .when(new AdoptPlanVersion(HUISHOUDEN, CASUS, DOELEN, List.of(BUDGET, HUUR), null))
                .expectEvents(versie1());
    }

    @Test
    void aPlanBeforeTriageIsRefused() {
        fixture.given(openCasus())
                .when(new AdoptPlanVersion(HUISHOUDEN, CASUS, DOELEN, List.of(BUDGET), null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "plan-na-triage"))
                .expectNoEvents();
    }

    @Test
    void aPlanWithoutGoalsIsRefused() {
        fixture.given(triagedCasus())
                .when(new AdoptPlanVersion(HUISHOUDEN, CASUS, List.of(), List.of(BUDGET), null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "plan-zonder-doelen"));
    }

    @Test
    void aNewerVersionSupersedesTheOlderOne() {
        fixture.given(CasusFixture.concat(triagedCasus(), versie1()))
                .when(new AdoptPlanVersion(HUISHOUDEN, CASUS, DOELEN, List.of(BUDGET, ZORG), null))
                .expectEvents(new PlanVersionAdopted(HUISHOUDEN, CASUS, 2, 1, DOELEN, List.of(BUDGET, ZORG)));
    }

    @Test
    void anActionIsCompletedOnce() {
        fixture.given(CasusFixture.concat(triagedCasus(), versie1()))
                .when(new CompletePlanActie(HUISHOUDEN, CASUS, "a-1", null))
                .expectEvents(new PlanActieCompleted(HUISHOUDEN, CASUS, "a-1"));
        fixture.given(CasusFixture.concat(triagedCasus(), versie1(), new PlanActieCompleted(HUISHOUDEN, CASUS, "a-1")))
                .when(new CompletePlanActie(HUISHOUDEN, CASUS, "a-1", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "actie-niet-open"));
    }

    @Test
    void cancellingAnActionNeedsAReason() {
        fixture.given(CasusFixture.concat(triagedCasus(), versie1()))
                .when(new CancelPlanActie(HUISHOUDEN, CASUS, "a-2", "Verhuurder akkoord zonder regeling", null))
                .expectEvents(new PlanActieCancelled(HUISHOUDEN, CASUS, "a-2", "Verhuurder akkoord zonder regeling"));
        fixture.given(CasusFixture.concat(triagedCasus(), versie1()))
                .when(new CancelPlanActie(HUISHOUDEN, CASUS, "a-2", "", null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "reden-verplicht"))
                .expectNoEvents();
    }

    @Test
    void anActionLeftOutOfTheNewestVersionCanNoLongerBeCompleted() {
        fixture.given(CasusFixture.concat(triagedCasus(), versie1(),
                        new PlanVersionAdopted(HUISHOUDEN, CASUS, 2, 1, DOELEN, List.of(BUDGET))))
                .when(new CompletePlanActie(HUISHOUDEN, CASUS, "a-2", null))
                .expectException(refusedBy(BusinessErrorCode.NOT_FOUND, "actie-onbekend"));
    }

    @Test
    void aCompletedActionStaysCompletedWhenANewerVersionNamesItAgain() {
        fixture.given(CasusFixture.concat(triagedCasus(), versie1(), new PlanActieCompleted(HUISHOUDEN, CASUS, "a-1"),
                        new PlanVersionAdopted(HUISHOUDEN, CASUS, 2, 1, DOELEN, List.of(BUDGET, HUUR, ZORG))))
                .when(new CompletePlanActie(HUISHOUDEN, CASUS, "a-1", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "actie-niet-open"));
    }
}
