package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.huishouden.CasusFixture.CASUS;
import static nl.integraletoegang.command.huishouden.CasusFixture.HUISHOUDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.HULPVRAAG_WMO;
import static nl.integraletoegang.command.huishouden.CasusFixture.openCasus;
import static nl.integraletoegang.command.huishouden.CasusFixture.refusedBy;
import static nl.integraletoegang.command.huishouden.CasusFixture.triagedCasus;

import java.util.Map;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.CasusregisseurChanged;
import nl.integraletoegang.api.casus.ChangeCasusregisseur;
import nl.integraletoegang.api.casus.HulpvraagRouted;
import nl.integraletoegang.api.casus.RouteHulpvraag;
import nl.integraletoegang.api.error.BusinessErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An access worker acts only on a casus their team has a hulpvraag in, or whose regisseur (team) they are. */
class TeamToegangTest {

    private AggregateTestFixture<Huishouden> fixture;

    @BeforeEach
    void setUp() {
        fixture = CasusFixture.fixture();
    }

    private static Map<String, Object> medewerker(String gebruikersnaam, String team) {
        return Map.of(AuditMetadata.ACTOR, gebruikersnaam, AuditMetadata.ROLE, "TOEGANGSMEDEWERKER",
                AuditMetadata.TEAM, team);
    }

    @Test
    void aWorkerOfATeamWithoutAHulpvraagInTheCasusIsRefused() {
        fixture.given(openCasus())
                .when(new RouteHulpvraag(HUISHOUDEN, CASUS, HULPVRAAG_WMO, "JEUGD", null), medewerker("jet", "JEUGD"))
                .expectException(refusedBy(BusinessErrorCode.FORBIDDEN, "casus-van-ander-team"));
    }

    @Test
    void aWorkerOfATeamWithAHulpvraagActs() {
        fixture.given(openCasus())
                .when(new RouteHulpvraag(HUISHOUDEN, CASUS, HULPVRAAG_WMO, "JEUGD", null), medewerker("anna", "WMO"))
                .expectEvents(new HulpvraagRouted(HUISHOUDEN, CASUS, HULPVRAAG_WMO, "WMO", "JEUGD"));
    }

    @Test
    void theRegisseurActsWhereverTheHulpvragenAre() {
        Casusregisseur kees = new Casusregisseur("kees", "SCHULDHULP");
        fixture.given(triagedCasus())
                .when(new ChangeCasusregisseur(HUISHOUDEN, CASUS, kees, "Verlof", null), medewerker("bram", "ANDERS"))
                .expectSuccessfulHandlerExecution();
        fixture.given(triagedCasus())
                .when(new ChangeCasusregisseur(HUISHOUDEN, CASUS, kees, "Verlof", null), medewerker("jet", "JEUGD"))
                .expectException(refusedBy(BusinessErrorCode.FORBIDDEN, "casus-van-ander-team"));
    }

    @Test
    void theRegisseurIsRecognisedByTheNormalisedIdentityInAnySpelling() {
        Casusregisseur kees = new Casusregisseur("kees", "SCHULDHULP");
        fixture.given(triagedCasus())
                .when(new ChangeCasusregisseur(HUISHOUDEN, CASUS, kees, "Verlof", null), medewerker(" BRAM", "ANDERS"))
                .expectSuccessfulHandlerExecution();
        fixture.given(triagedCasus())
                .when(new ChangeCasusregisseur(HUISHOUDEN, CASUS, kees, "Verlof", null), medewerker("bramm", "ANDERS"))
                .expectException(refusedBy(BusinessErrorCode.FORBIDDEN, "casus-van-ander-team"));
    }

    @Test
    void commandsWithoutAUserAreTheServiceItselfAndAreNotChecked() {
        fixture.given(openCasus())
                .when(new RouteHulpvraag(HUISHOUDEN, CASUS, HULPVRAAG_WMO, "JEUGD", null))
                .expectSuccessfulHandlerExecution();
    }
}
