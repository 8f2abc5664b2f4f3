package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.huishouden.CasusFixture.CASUS;
import static nl.integraletoegang.command.huishouden.CasusFixture.HUISHOUDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.HULPVRAAG_SCHULDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.HULPVRAAG_WMO;
import static nl.integraletoegang.command.huishouden.CasusFixture.openCasus;
import static nl.integraletoegang.command.huishouden.CasusFixture.refusedBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.HulpvraagRouted;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.MeldingRegistration;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.casus.RouteHulpvraag;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.api.termijn.TermijnStarted;
import nl.integraletoegang.command.termijn.Termijn;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No wrong door: every melding is taken in, and a household never gets a second open casus. */
class MeldingTest {

    private static final Persoon ANNA = new Persoon("p-1", "Anna de Vries", LocalDate.of(1984, 5, 17), "111222333");

    private AggregateTestFixture<Huishouden> fixture;

    @BeforeEach
    void setUp() {
        fixture = CasusFixture.fixture();
    }

    private static RegisterMelding melding(String hulpvraagId, Levensdomein levensdomein, List<Persoon> leden,
                                           Set<Dreiging> dreigingen, String regime) {
        return new RegisterMelding(HUISHOUDEN, hulpvraagId, CASUS, Kanaal.TELEFOON, "WMO", Set.of(levensdomein),
                "Huurachterstand", leden, dreigingen, "Centrum", regime, "termijn-1");
    }

    @Test
    void aFirstMeldingOpensTheCasusAndRegistersTheMembers() {
        fixture.givenNoPriorActivity()
                .when(melding("hv-1", Levensdomein.SCHULDEN, List.of(ANNA), Set.of(), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CasusOpened(HUISHOUDEN, CASUS, "Centrum"),
                        new LidRegistered(HUISHOUDEN, CASUS, "p-1", "Anna de Vries", LocalDate.of(1984, 5, 17),
                                "111222333"),
                        new MeldingRegistered(HUISHOUDEN, CASUS, "hv-1", Kanaal.TELEFOON, "WMO",
                                Set.of(Levensdomein.SCHULDEN), "Huurachterstand", Set.of(), "Centrum"))
                .expectResultMessagePayload(new MeldingRegistration(HUISHOUDEN, CASUS, "hv-1", true, null, 2));
    }

    @Test
    void aMeldingForAHouseholdWithAnOpenCasusJoinsItAndKnownMembersAreNotRegisteredAgain() {
        fixture.given(CasusFixture.concat(openCasus(),
                        new LidRegistered(HUISHOUDEN, CASUS, "p-1", "Anna de Vries", LocalDate.of(1984, 5, 17), null)))
                .when(new RegisterMelding(HUISHOUDEN, "hv-3", "casus-that-must-not-be-opened", Kanaal.INLOOP, "JEUGD",
                        Set.of(Levensdomein.JEUGD), null, List.of(ANNA), Set.of(), "Centrum", null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MeldingRegistered(HUISHOUDEN, CASUS, "hv-3", Kanaal.INLOOP, "JEUGD",
                        Set.of(Levensdomein.JEUGD), null, Set.of(), "Centrum"))
                .expectResultMessagePayload(new MeldingRegistration(HUISHOUDEN, CASUS, "hv-3", false, null, 4));
    }

    @Test
    void aMeldingUnderARegimeStartsItsLegalClock() {
        Termijn termijn = CasusFixture.KALENDER.bereken("WMO_MELDING_ONDERZOEK", fixture.currentTime(), false);
        fixture.givenNoPriorActivity()
                .when(melding("hv-1", Levensdomein.WMO_ONDERSTEUNING, List.of(), Set.of(), "WMO_MELDING_ONDERZOEK"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CasusOpened(HUISHOUDEN, CASUS, "Centrum"),
                        new MeldingRegistered(HUISHOUDEN, CASUS, "hv-1", Kanaal.TELEFOON, "WMO",
                                Set.of(Levensdomein.WMO_ONDERSTEUNING), "Huurachterstand", Set.of(), "Centrum"),
                        new TermijnStarted(HUISHOUDEN, CASUS, "hv-1", "termijn-1", "WMO_MELDING_ONDERZOEK", false,
                                fixture.currentTime(), termijn.vervaltOp(), termijn.waarschuwingOp(),
                                termijn.laatsteDag()))
                .expectScheduledDeadlineWithName(termijn.vervaltOp(), "termijn-verval-termijn-1")
                .expectScheduledDeadlineWithName(termijn.waarschuwingOp(), "termijn-waarschuwing-termijn-1");
    }

    @Test
    void aThreatOfEvictionShortensTheSchuldhulpClockToTheUrgentVariant() {
        Termijn spoed = CasusFixture.KALENDER.bereken("SCHULDHULP_VERZOEK_EERSTE_GESPREK", fixture.currentTime(),
                true);
        fixture.givenNoPriorActivity()
                .when(melding("hv-1", Levensdomein.SCHULDEN, List.of(), Set.of(Dreiging.HUISUITZETTING),
                        "SCHULDHULP_VERZOEK_EERSTE_GESPREK"))
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadlineWithName(spoed.vervaltOp(), "termijn-verval-termijn-1");
    }

    @Test
    void aMemberWithAnInvalidBsnIsRefused() {
        Persoon invalid = new Persoon("p-2", "Bas de Vries", LocalDate.of(2010, 1, 1), "123456789");
        fixture.givenNoPriorActivity()
                .when(melding("hv-1", Levensdomein.JEUGD, List.of(invalid), Set.of(), null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "bsn-elfproef"))
                .expectNoEvents();
    }

    @Test
    void aMemberNeedsANameAndADateOfBirth() {
        fixture.givenNoPriorActivity()
                .when(melding("hv-1", Levensdomein.JEUGD, List.of(new Persoon("p-2", "Bas", null, null)), Set.of(),
                        null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "lid-geboortedatum-verplicht"))
                .expectNoEvents();
    }

    @Test
    void anUnknownRegimeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(melding("hv-1", Levensdomein.JEUGD, List.of(), Set.of(), "ONBEKEND"))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "onbekend-regime"))
                .expectNoEvents();
    }

    @Test
    void aHulpvraagIsRoutedToTheTeamThatHandlesIt() {
        fixture.given(openCasus())
                .when(new RouteHulpvraag(HUISHOUDEN, CASUS, HULPVRAAG_WMO, "BW_MO", null))
                .expectEvents(new HulpvraagRouted(HUISHOUDEN, CASUS, HULPVRAAG_WMO, "WMO", "BW_MO"));
    }

    @Test
    void routingToTheTeamThatAlreadyHasItIsRefused() {
        fixture.given(openCasus())
                .when(new RouteHulpvraag(HUISHOUDEN, CASUS, HULPVRAAG_SCHULDEN, "SCHULDHULP", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "hulpvraag-al-bij-team"))
                .expectNoEvents();
    }

    @Test
    void routingAnUnknownHulpvraagIsNotFound() {
        fixture.given(openCasus())
                .when(new RouteHulpvraag(HUISHOUDEN, CASUS, "hv-onbekend", "JEUGD", null))
                .expectException(refusedBy(BusinessErrorCode.NOT_FOUND, "hulpvraag-onbekend"));
    }

    @Test
    void commandsForAnotherCasusThanTheOpenOneAreNotFound() {
        fixture.given(openCasus())
                .when(new RouteHulpvraag(HUISHOUDEN, "andere-casus", HULPVRAAG_WMO, "JEUGD", null))
                .expectException(refusedBy(BusinessErrorCode.NOT_FOUND, "casus-onbekend"));
    }
}
