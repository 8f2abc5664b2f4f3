package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.huishouden.CasusFixture.HUISHOUDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.api.privacy.ErasePersoonsgegevens;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.platform.privacy.SleutelVernietiging;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Erasure destroys the subject's key and records why; a refused erasure destroys nothing. */
class WissingTest {

    private static final String PERSOON = "p-1";
    private static final String REDEN = "Bewaartermijn verstreken";

    private final List<String> vernietigd = new ArrayList<>();
    private AggregateTestFixture<Huishouden> fixture;

    @BeforeEach
    void setUp() {
        fixture = CasusFixture.fixture();
        fixture.registerInjectableResource((SleutelVernietiging) (subject, door, reden) ->
                vernietigd.add(subject + "/" + door + "/" + reden));
    }

    private List<Object> metLid() {
        return CasusFixture.concat(CasusFixture.openCasus(), new LidRegistered(HUISHOUDEN, CasusFixture.CASUS,
                PERSOON, "Naam", LocalDate.of(1958, 9, 21), null));
    }

    @Test
    void aMembersDataIsErasedByDestroyingTheirKey() {
        fixture.given(metLid())
                .when(new ErasePersoonsgegevens(HUISHOUDEN, PERSOON, REDEN), Map.of(AuditMetadata.ACTOR, "bea"))
                .expectEvents(new PersoonsgegevensGewist(HUISHOUDEN, PERSOON, REDEN));
        assertThat(vernietigd).containsExactly(PERSOON + "/bea/" + REDEN);
    }

    @Test
    void theHouseholdsOwnFreeTextsAreErasedUnderTheHouseholdId() {
        fixture.given(metLid())
                .when(new ErasePersoonsgegevens(HUISHOUDEN, HUISHOUDEN, REDEN), Map.of(AuditMetadata.ACTOR, "bea"))
                .expectEvents(new PersoonsgegevensGewist(HUISHOUDEN, HUISHOUDEN, REDEN));
        assertThat(vernietigd).containsExactly(HUISHOUDEN + "/bea/" + REDEN);
    }

    @Test
    void erasureWithoutAReasonIsRefused() {
        fixture.given(metLid())
                .when(new ErasePersoonsgegevens(HUISHOUDEN, PERSOON, " "))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "reden-verplicht"))
                .expectNoEvents();
        assertThat(vernietigd).isEmpty();
    }

    @Test
    void aSubjectTheHouseholdDoesNotKnowIsNotFound() {
        fixture.given(metLid())
                .when(new ErasePersoonsgegevens(HUISHOUDEN, "p-onbekend", REDEN))
                .expectException(refusedBy(BusinessErrorCode.NOT_FOUND, "subject-onbekend"))
                .expectNoEvents();
        assertThat(vernietigd).isEmpty();
    }

    @Test
    void erasingTwiceIsRefused() {
        fixture.given(CasusFixture.concat(metLid(), new PersoonsgegevensGewist(HUISHOUDEN, PERSOON, REDEN)))
                .when(new ErasePersoonsgegevens(HUISHOUDEN, PERSOON, REDEN))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "al-gewist"))
                .expectNoEvents();
        assertThat(vernietigd).isEmpty();
    }
}
