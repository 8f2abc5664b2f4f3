package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.huishouden.CasusFixture.CASUS;
import static nl.integraletoegang.command.huishouden.CasusFixture.HUISHOUDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.HULPVRAAG_SCHULDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.HULPVRAAG_WMO;
import static nl.integraletoegang.command.huishouden.CasusFixture.refusedBy;
import static nl.integraletoegang.command.huishouden.CasusFixture.triagedCasus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.CloseCasus;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.casus.ReopenCasus;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.plan.Actie;
import nl.integraletoegang.api.plan.Doel;
import nl.integraletoegang.api.plan.PlanActieCancelled;
import nl.integraletoegang.api.plan.PlanActieCompleted;
import nl.integraletoegang.api.plan.PlanVersionAdopted;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** We only let go of a casus when everything is arranged; a closed casus can be reopened with a reason. */
class SluitenTest {

    private static final Map<String, Uitkomst> UITKOMSTEN = Map.of(HULPVRAAG_WMO, Uitkomst.VOORLIGGEND_VELD,
            HULPVRAAG_SCHULDEN, Uitkomst.MAATWERKVOORZIENING);

    private AggregateTestFixture<Huishouden> fixture;

    @BeforeEach
    void setUp() {
        fixture = CasusFixture.fixture();
    }

    private static List<Object> metPlan(Object... afhandeling) {
        List<Object> events = CasusFixture.concat(triagedCasus(), new PlanVersionAdopted(HUISHOUDEN, CASUS, 1, null,
                List.of(new Doel(Levensdomein.SCHULDEN, "Stabiel")), List.of(
                        new Actie("a-1", "Budgetplan", "bram", LocalDate.of(2026, 4, 1)),
                        new Actie("a-2", "Regeling", "bram", LocalDate.of(2026, 4, 1)))));
        return CasusFixture.concat(events, afhandeling);
    }

    private static List<Object> gesloten() {
        return metPlan(new PlanActieCompleted(HUISHOUDEN, CASUS, "a-1"),
                new PlanActieCancelled(HUISHOUDEN, CASUS, "a-2", "Niet meer nodig"),
                new CasusClosed(HUISHOUDEN, CASUS, UITKOMSTEN));
    }

    @Test
    void aCasusWithEveryActionArrangedClosesWithAnOutcomePerHulpvraag() {
        fixture.given(metPlan(new PlanActieCompleted(HUISHOUDEN, CASUS, "a-1"),
                        new PlanActieCancelled(HUISHOUDEN, CASUS, "a-2", "Niet meer nodig")))
                .when(new CloseCasus(HUISHOUDEN, CASUS, UITKOMSTEN, null))
                .expectEvents(new CasusClosed(HUISHOUDEN, CASUS, UITKOMSTEN));
    }

    @Test
    void closingWithOpenActionsIsRefused() {
        fixture.given(metPlan(new PlanActieCompleted(HUISHOUDEN, CASUS, "a-1")))
                .when(new CloseCasus(HUISHOUDEN, CASUS, UITKOMSTEN, null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "sluiten-met-open-acties"))
                .expectNoEvents();
    }

    @Test
    void closingWithoutAnOutcomeForEveryHulpvraagIsRefused() {
        fixture.given(triagedCasus())
                .when(new CloseCasus(HUISHOUDEN, CASUS, Map.of(HULPVRAAG_WMO, Uitkomst.EIGEN_NETWERK), null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "uitkomst-per-hulpvraag"))
                .expectNoEvents();
    }

    @Test
    void closingDuringAnEscalationIsRefused() {
        fixture.given(CasusFixture.concat(triagedCasus(), new CasusEscalatedToProcesregisseur(HUISHOUDEN, CASUS,
                        "esc-1", EscalatieReden.KETEN_STAGNEERT, "x")))
                .when(new CloseCasus(HUISHOUDEN, CASUS, UITKOMSTEN, null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "sluiten-tijdens-escalatie"));
    }

    @Test
    void aClosedCasusIsReopenedWithAReason() {
        fixture.given(gesloten())
                .when(new ReopenCasus(HUISHOUDEN, CASUS, "Nieuwe huurachterstand", null))
                .expectEvents(new CasusReopened(HUISHOUDEN, CASUS, "Nieuwe huurachterstand"));
        fixture.given(gesloten())
                .when(new ReopenCasus(HUISHOUDEN, CASUS, " ", null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "reden-verplicht"));
    }

    @Test
    void workOnAClosedCasusIsRefusedUntilItIsReopened() {
        fixture.given(gesloten())
                .when(new CloseCasus(HUISHOUDEN, CASUS, UITKOMSTEN, null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "casus-gesloten"));
    }

    @Test
    void aMeldingAfterClosureOpensANewCasusAndTheOldOneCannotBeReopenedNext() {
        fixture.given(gesloten())
                .when(new RegisterMelding(HUISHOUDEN, "hv-nieuw", "casus-2", Kanaal.EMAIL, "WERK",
                        Set.of(Levensdomein.WERK), null, List.of(), Set.of(), "Centrum", null, null))
                .expectEvents(new CasusOpened(HUISHOUDEN, "casus-2", "Centrum"),
                        new MeldingRegistered(HUISHOUDEN, "casus-2", "hv-nieuw", Kanaal.EMAIL, "WERK",
                                Set.of(Levensdomein.WERK), null, Set.of(), "Centrum"));
        fixture.given(CasusFixture.concat(gesloten(), new CasusOpened(HUISHOUDEN, "casus-2", "Centrum")))
                .when(new ReopenCasus(HUISHOUDEN, CASUS, "Toch nog iets", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "een-open-casus-per-huishouden"));
    }
}
