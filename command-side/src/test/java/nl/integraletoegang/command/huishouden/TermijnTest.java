package nl.integraletoegang.command.huishouden;

import static nl.integraletoegang.command.huishouden.CasusFixture.CASUS;
import static nl.integraletoegang.command.huishouden.CasusFixture.HUISHOUDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.HULPVRAAG_SCHULDEN;
import static nl.integraletoegang.command.huishouden.CasusFixture.HULPVRAAG_WMO;
import static nl.integraletoegang.command.huishouden.CasusFixture.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.CloseCasus;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.casus.TriageCasus;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.api.termijn.CompleteTermijn;
import nl.integraletoegang.api.termijn.ResumeTermijn;
import nl.integraletoegang.api.termijn.StartTermijn;
import nl.integraletoegang.api.termijn.SuspendTermijn;
import nl.integraletoegang.api.termijn.TermijnAboutToExpire;
import nl.integraletoegang.api.termijn.TermijnExpired;
import nl.integraletoegang.api.termijn.TermijnMet;
import nl.integraletoegang.api.termijn.TermijnResumed;
import nl.integraletoegang.api.termijn.TermijnStarted;
import nl.integraletoegang.api.termijn.TermijnStopped;
import nl.integraletoegang.api.termijn.TermijnSuspended;
import nl.integraletoegang.command.termijn.Termijn;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Legal clocks: a durable deadline warns before a termijn expires and records when it has expired; suspension
 * stops the clock and keeps the time left. Time travel of the fixture moves "now" and fires the deadlines.
 */
class TermijnTest {

    private static final String REGIME = "WMO_MELDING_ONDERZOEK";

    private AggregateTestFixture<Huishouden> fixture;

    @BeforeEach
    void setUp() {
        fixture = CasusFixture.fixture();
    }

    private Object[] meldingMetTermijn() {
        return new Object[] {new RegisterMelding(HUISHOUDEN, HULPVRAAG_WMO, CASUS, Kanaal.TELEFOON, "WMO",
                Set.of(Levensdomein.WMO_ONDERSTEUNING), null, List.of(), Set.of(), "Centrum", REGIME, "t-1")};
    }

    private Termijn termijnVanaf(Instant start) {
        return CasusFixture.KALENDER.bereken(REGIME, start, false);
    }

    @Test
    void theWarningIsRecordedWhenItsMomentPasses() {
        Termijn termijn = termijnVanaf(fixture.currentTime());
        fixture.givenCommands(meldingMetTermijn())
                .whenTimeAdvancesTo(termijn.waarschuwingOp())
                .expectEvents(new TermijnAboutToExpire(HUISHOUDEN, CASUS, "t-1", REGIME, termijn.vervaltOp(),
                        termijn.laatsteDag()));
    }

    @Test
    void theExpiryIsRecordedAfterTheWarningWhenTheLastDayHasPassed() {
        Termijn termijn = termijnVanaf(fixture.currentTime());
        fixture.givenCommands(meldingMetTermijn())
                .whenTimeAdvancesTo(termijn.vervaltOp().plusSeconds(1))
                .expectEvents(new TermijnAboutToExpire(HUISHOUDEN, CASUS, "t-1", REGIME, termijn.vervaltOp(),
                                termijn.laatsteDag()),
                        new TermijnExpired(HUISHOUDEN, CASUS, "t-1", REGIME, termijn.vervaltOp(),
                                termijn.laatsteDag()));
    }

    /** The clock as the events of a melding under the regime left it, started at {@code start}. */
    private List<Object> gestart(Instant start, Termijn termijn) {
        return CasusFixture.concat(CasusFixture.openCasus(), new TermijnStarted(HUISHOUDEN, CASUS, HULPVRAAG_WMO,
                "t-1", REGIME, false, start, termijn.vervaltOp(), termijn.waarschuwingOp(), termijn.laatsteDag()));
    }

    @Test
    void aSuspendedClockNeitherWarnsNorExpires() {
        Instant start = fixture.currentTime();
        Termijn termijn = termijnVanaf(start);
        fixture.givenCommands(meldingMetTermijn())
                .andGivenCommands(new SuspendTermijn(HUISHOUDEN, CASUS, "t-1", "Aanvraag onvolledig", null))
                .whenTimeAdvancesTo(termijn.vervaltOp().plus(Duration.ofDays(30)))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void suspensionIsAnEventWithAReason() {
        fixture.givenCommands(meldingMetTermijn())
                .when(new SuspendTermijn(HUISHOUDEN, CASUS, "t-1", "Aanvraag onvolledig", null))
                .expectEvents(new TermijnSuspended(HUISHOUDEN, CASUS, "t-1", "Aanvraag onvolledig",
                        fixture.currentTime()))
                .expectNoScheduledDeadlines();
        fixture.givenCommands(meldingMetTermijn())
                .when(new SuspendTermijn(HUISHOUDEN, CASUS, "t-1", "", null))
                .expectException(refusedBy(BusinessErrorCode.INVALID, "reden-verplicht"));
    }

    @Test
    void resumingKeepsTheTimeThatWasLeftAndSchedulesTheNewExpiry() {
        Instant start = fixture.currentTime();
        Termijn oorspronkelijk = termijnVanaf(start);
        Instant opgeschort = start.plus(Duration.ofDays(10));
        Instant hervat = opgeschort.plus(Duration.ofDays(14));
        Termijn nieuw = CasusFixture.KALENDER.hervat(REGIME, false, opgeschort, oorspronkelijk.laatsteDag(), hervat);
        assertThat(nieuw.vervaltOp()).isAfter(oorspronkelijk.vervaltOp());

        fixture.given(CasusFixture.concat(gestart(start, oorspronkelijk),
                        new TermijnSuspended(HUISHOUDEN, CASUS, "t-1", "Aanvraag onvolledig", opgeschort)))
                .andGivenCurrentTime(hervat)
                .when(new ResumeTermijn(HUISHOUDEN, CASUS, "t-1", "Stukken ontvangen", null))
                .expectEvents(new TermijnResumed(HUISHOUDEN, CASUS, "t-1", "Stukken ontvangen", hervat,
                        nieuw.vervaltOp(), nieuw.waarschuwingOp(), nieuw.laatsteDag()))
                .expectScheduledDeadlineWithName(nieuw.vervaltOp(), "termijn-verval-t-1");
    }

    @Test
    void aResumedUrgentWgsClockCountsItsRemainingWorkingDaysFromTheResumption() {
        String regime = "SCHULDHULP_VERZOEK_EERSTE_GESPREK";
        // the schulden hulpvraag of the open casus has an eviction threatening: the urgent three working days
        Instant gestart = Instant.parse("2026-12-22T09:00:00Z");
        Instant opgeschort = Instant.parse("2026-12-23T09:00:00Z");
        Instant hervat = Instant.parse("2026-12-28T08:00:00Z");
        Instant vervaltOp = Instant.parse("2026-12-30T23:00:00Z");
        Instant waarschuwingOp = Instant.parse("2026-12-28T23:00:00Z");

        // started Tuesday 22 December 2026: last day Monday 28 December (Christmas and the weekend skipped)
        List<Object> opgeschorteKlok = CasusFixture.concat(CasusFixture.openCasus(),
                new TermijnStarted(HUISHOUDEN, CASUS, HULPVRAAG_SCHULDEN, "t-2", regime, true, gestart,
                        Instant.parse("2026-12-28T23:00:00Z"), Instant.parse("2026-12-23T23:00:00Z"),
                        LocalDate.of(2026, 12, 28)),
                new TermijnSuspended(HUISHOUDEN, CASUS, "t-2", "Stukken ontbreken", opgeschort));

        fixture.given(opgeschorteKlok)
                .andGivenCurrentTime(hervat)
                .when(new ResumeTermijn(HUISHOUDEN, CASUS, "t-2", "Stukken ontvangen", null))
                // 24 and 28 December were left; they run on 29 and 30 December, so it expires at the start of 31
                // December in Amsterdam (not on 4 January 2027 as calendar days would have it)
                .expectEvents(new TermijnResumed(HUISHOUDEN, CASUS, "t-2", "Stukken ontvangen", hervat, vervaltOp,
                        waarschuwingOp, LocalDate.of(2026, 12, 30)))
                .expectScheduledDeadlineWithName(vervaltOp, "termijn-verval-t-2");

        // a fresh fixture: its deadline manager's clock cannot be set back once deadlines are scheduled
        fixture = CasusFixture.fixture();
        fixture.given(opgeschorteKlok)
                .andGivenCurrentTime(hervat)
                .andGivenCommands(new ResumeTermijn(HUISHOUDEN, CASUS, "t-2", "Stukken ontvangen", null))
                .whenTimeAdvancesTo(vervaltOp.plusSeconds(1))
                .expectEvents(new TermijnAboutToExpire(HUISHOUDEN, CASUS, "t-2", regime, vervaltOp,
                                LocalDate.of(2026, 12, 30)),
                        new TermijnExpired(HUISHOUDEN, CASUS, "t-2", regime, vervaltOp, LocalDate.of(2026, 12, 30)));

        // a clock started before the events carried the last day: it is read from the expiry, with the same answer
        fixture = CasusFixture.fixture();
        fixture.given(CasusFixture.concat(CasusFixture.openCasus(),
                        new TermijnStarted(HUISHOUDEN, CASUS, HULPVRAAG_SCHULDEN, "t-2", regime, true, gestart,
                                Instant.parse("2026-12-28T23:00:00Z"), Instant.parse("2026-12-23T23:00:00Z"), null),
                        new TermijnSuspended(HUISHOUDEN, CASUS, "t-2", "Stukken ontbreken", opgeschort)))
                .andGivenCurrentTime(hervat)
                .when(new ResumeTermijn(HUISHOUDEN, CASUS, "t-2", "Stukken ontvangen", null))
                .expectEvents(new TermijnResumed(HUISHOUDEN, CASUS, "t-2", "Stukken ontvangen", hervat, vervaltOp,
                        waarschuwingOp, LocalDate.of(2026, 12, 30)));
    }

    @Test
    void theStartedUrgentWgsClockIsTheOneTheResumptionContinues() {
        // the start command gives the clock the test above suspends
        fixture.given(CasusFixture.openCasus())
                .andGivenCurrentTime(Instant.parse("2026-12-22T09:00:00Z"))
                .when(new StartTermijn(HUISHOUDEN, CASUS, HULPVRAAG_SCHULDEN, "t-2",
                        "SCHULDHULP_VERZOEK_EERSTE_GESPREK", null))
                .expectEvents(new TermijnStarted(HUISHOUDEN, CASUS, HULPVRAAG_SCHULDEN, "t-2",
                        "SCHULDHULP_VERZOEK_EERSTE_GESPREK", true, Instant.parse("2026-12-22T09:00:00Z"),
                        Instant.parse("2026-12-28T23:00:00Z"), Instant.parse("2026-12-23T23:00:00Z"),
                        LocalDate.of(2026, 12, 28)));
    }

    @Test
    void resumingARunningClockIsRefused() {
        fixture.givenCommands(meldingMetTermijn())
                .when(new ResumeTermijn(HUISHOUDEN, CASUS, "t-1", "Reden", null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "termijn-niet-opgeschort"));
    }

    @Test
    void completingBeforeExpiryIsOnTimeAndCancelsTheDeadlines() {
        fixture.givenCommands(meldingMetTermijn())
                .when(new CompleteTermijn(HUISHOUDEN, CASUS, "t-1", null))
                .expectEvents(new TermijnMet(HUISHOUDEN, CASUS, "t-1", fixture.currentTime(), true))
                .expectNoScheduledDeadlines();
    }

    @Test
    void completingAfterExpiryIsLate() {
        Termijn termijn = termijnVanaf(fixture.currentTime());
        Instant laat = termijn.vervaltOp().plus(Duration.ofDays(3));
        fixture.given(gestart(fixture.currentTime(), termijn))
                .andGivenCurrentTime(laat)
                .when(new CompleteTermijn(HUISHOUDEN, CASUS, "t-1", null))
                .expectEvents(new TermijnMet(HUISHOUDEN, CASUS, "t-1", laat, false));
    }

    @Test
    void aClockStartsForAnAanvraagOfAnExistingHulpvraag() {
        Termijn termijn = CasusFixture.KALENDER.bereken("SCHULDHULP_VERZOEK_EERSTE_GESPREK", fixture.currentTime(),
                true);
        fixture.given(CasusFixture.openCasus())
                .when(new StartTermijn(HUISHOUDEN, CASUS, HULPVRAAG_SCHULDEN, "t-2", "SCHULDHULP_VERZOEK_EERSTE_GESPREK",
                        null))
                .expectEvents(new TermijnStarted(HUISHOUDEN, CASUS, HULPVRAAG_SCHULDEN, "t-2",
                        "SCHULDHULP_VERZOEK_EERSTE_GESPREK", true, fixture.currentTime(), termijn.vervaltOp(),
                        termijn.waarschuwingOp(), termijn.laatsteDag()));
    }

    @Test
    void aSecondClockOfTheSameRegimeForTheSameHulpvraagIsRefused() {
        fixture.givenCommands(meldingMetTermijn())
                .when(new StartTermijn(HUISHOUDEN, CASUS, HULPVRAAG_WMO, "t-9", REGIME, null))
                .expectException(refusedBy(BusinessErrorCode.RULE_VIOLATED, "termijn-loopt-al"));
    }

    @Test
    void closingTheCasusStopsItsRunningClocks() {
        fixture.givenCommands(meldingMetTermijn())
                .andGivenCommands(new TriageCasus(HUISHOUDEN, CASUS, "x",
                        Set.of(Levensdomein.WMO_ONDERSTEUNING), Urgentie.NORMAAL,
                        HULPVRAAG_WMO, new Casusregisseur("anna", "WMO"), null))
                .when(new CloseCasus(HUISHOUDEN, CASUS, Map.of(HULPVRAAG_WMO, Uitkomst.EIGEN_NETWERK), null))
                .expectEvents(new TermijnStopped(HUISHOUDEN, CASUS, "t-1", "Casus gesloten"),
                        new CasusClosed(HUISHOUDEN, CASUS, Map.of(HULPVRAAG_WMO, Uitkomst.EIGEN_NETWERK)))
                .expectNoScheduledDeadlines();
    }
}
