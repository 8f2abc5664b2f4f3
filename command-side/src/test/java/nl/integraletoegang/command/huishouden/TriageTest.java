package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.huishouden.CasusFixture.CASUS;
import static nl.integraletoegang.command.huishouden.CasusFixture.HUISHOUDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.HULPVRAAG_SCHULDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.REGISSEUR_SCHULDHULP;
import static nl.integraletoegang.command.huishouden.CasusFixture.openCasus;
import static nl.integraletoegang.command.huishouden.CasusFixture.refusedBy;
import static nl.integraletoegang.command.huishouden.CasusFixture.triagedCasus;

import java.util.Set;
import nl.integraletoegang.api.casus.CasusTriaged;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.CasusregisseurAppointed;
import nl.integraletoegang.api.casus.CasusregisseurChanged;
import nl.integraletoegang.api.casus.ChangeCasusregisseur;
import nl.integraletoegang.api.casus.HulpvraagRouted;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.TriageCasus;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.error.BusinessErrorCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After the brede uitvraag an open casus has exactly one casusregisseur: from the team of the heaviest question. */
class TriageTest {

    private AggregateTestFixture<Huishouden> fixture;

    @BeforeEach
    void setUp() {
        fixture = CasusFixture.fixture();
    }

    private static TriageCasus triage(Casusregisseur regisseur) {
        return new TriageCasus(HUISHOUDEN, CASUS, "Schulden en zorg", Set.of(Levensdomein.SCHULDEN,
                Levensdomein.WMO_ONDERSTEUNING), Urgentie.HOOG, HULPVRAAG_SCHULDEN, regisseur, null);
    }

    @Test
    void triageRecordsTheNeedAndAppointsTheRegisseurOfTheHeaviestQuestionsTeam() {
        fixture.given(openCasus())
                .when(triage(REGISSEUR_SCHULDHULP))
                .expectEvents(new CasusTriaged(HUISHOUDEN, CASUS, "Schulden en zorg", Set.of(Levensdomein.SCHULDEN,
                                Levensdomein.WMO_ONDERSTEUNING), Urgentie.HOOG, HULPVRAAG_SCHULDEN),
                        new CasusregisseurAppointed(HUISHOUDEN, CASUS, REGISSEUR_SCHULDHULP))
                .expectResultMessagePayload(4L);
    }

    @Test
    void aRegisseurFromAnotherTeamThanTheHeaviestQuestionsIsRefused() {
        fixture.given(openCasus())
                .when(triage(new Casusregisseur("anna", "WMO")))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "regisseur-uit-team-zwaarste-vraagstuk"))
                .expectNoEvents();
    }

    @Test
    void theTeamOfTheHeaviestQuestionIsTheTeamAfterRouting() {
        fixture.given(CasusFixture.concat(openCasus(),
                        new HulpvraagRouted(HUISHOUDEN, CASUS, HULPVRAAG_SCHULDEN, "SCHULDHULP", "BW_MO")))
                .when(triage(new Casusregisseur("ben", "BW_MO")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCasusIsTriagedOnce() {
        fixture.given(triagedCasus())
                .when(triage(REGISSEUR_SCHULDHULP))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "triage-eenmalig"))
                .expectNoEvents();
    }

    @Test
    void triageNeedsAtLeastOneLevensdomein() {
        fixture.given(openCasus())
                .when(new TriageCasus(HUISHOUDEN, CASUS, "x", Set.of(), Urgentie.LAAG, HULPVRAAG_SCHULDEN,
                        REGISSEUR_SCHULDHULP, null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "levensdomein-verplicht"));
    }

    @Test
    void theRegisseurChangesWithAReason() {
        Casusregisseur nieuwe = new Casusregisseur("sanne", "SCHULDHULP");
        fixture.given(triagedCasus())
                .when(new ChangeCasusregisseur(HUISHOUDEN, CASUS, nieuwe, "Langdurig afwezig", null))
                .expectEvents(new CasusregisseurChanged(HUISHOUDEN, CASUS, REGISSEUR_SCHULDHULP, nieuwe,
                        "Langdurig afwezig"));
    }

    @Test
    void changingTheRegisseurWithoutAReasonIsRefused() {
        fixture.given(triagedCasus())
                .when(new ChangeCasusregisseur(HUISHOUDEN, CASUS, new Casusregisseur("sanne", "SCHULDHULP"), " ",
                        null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "reden-verplicht"))
                .expectNoEvents();
    }

    @Test
    void beforeTriageThereIsNoRegisseurToChange() {
        fixture.given(openCasus())
                .when(new ChangeCasusregisseur(HUISHOUDEN, CASUS, new Casusregisseur("sanne", "SCHULDHULP"), "Reden",
                        null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "regisseur-na-triage"));
    }

    @Test
    void handingTheCasusToTheCurrentRegisseurIsRefused() {
        fixture.given(triagedCasus())
                .when(new ChangeCasusregisseur(HUISHOUDEN, CASUS, REGISSEUR_SCHULDHULP, "Reden", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "zelfde-regisseur"));
    }
}
