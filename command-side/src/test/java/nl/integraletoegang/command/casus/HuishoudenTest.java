package nl.integraletoegang.command.casus;

import java.util.List;
import java.util.Set;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.MeldingRegistration;
import nl.integraletoegang.api.casus.RegisterMelding;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HuishoudenTest {

    private static final String HUISHOUDEN = "huishouden-1";
    private static final String CASUS = "casus-1";

    private AggregateTestFixture<Huishouden> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Huishouden.class);
    }

    @Test
    void aFirstMeldingOpensTheHouseholdsCasus() {
        fixture.givenNoPriorActivity()
                .when(melding("hv-1", CASUS, Levensdomein.SCHULDEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CasusOpened(HUISHOUDEN, CASUS, null),
                        new MeldingRegistered(HUISHOUDEN, CASUS, "hv-1", Kanaal.TELEFOON, "WMO",
                                Set.of(Levensdomein.SCHULDEN), "Huurachterstand", Set.of(), null))
                .expectResultMessagePayload(new MeldingRegistration(HUISHOUDEN, CASUS, "hv-1", true));
    }

    @Test
    void aMeldingForAHouseholdWithAnOpenCasusJoinsItInsteadOfOpeningASecond() {
        fixture.given(new CasusOpened(HUISHOUDEN, CASUS, null),
                        new MeldingRegistered(HUISHOUDEN, CASUS, "hv-1", Kanaal.TELEFOON, "WMO",
                                Set.of(Levensdomein.SCHULDEN), "Huurachterstand", Set.of(), null))
                .when(melding("hv-2", "casus-that-must-not-be-opened", Levensdomein.JEUGD))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MeldingRegistered(HUISHOUDEN, CASUS, "hv-2", Kanaal.TELEFOON, "WMO",
                        Set.of(Levensdomein.JEUGD), "Huurachterstand", Set.of(), null))
                .expectResultMessagePayload(new MeldingRegistration(HUISHOUDEN, CASUS, "hv-2", false));
    }

    private static RegisterMelding melding(String hulpvraagId, String casusIdIfOpened, Levensdomein levensdomein) {
        return new RegisterMelding(HUISHOUDEN, hulpvraagId, casusIdIfOpened, Kanaal.TELEFOON, "WMO",
                Set.of(levensdomein), "Huurachterstand", List.of(), Set.of(), null, null, null);
    }
}
