package nl.integraletoegang.api.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.integraletoegang.api.samenvoeging.Overdracht;
import nl.integraletoegang.api.tijd.Tijdzone;
import org.junit.jupiter.api.Test;

/**
 * One rule relates a clock's last day to its expiry, in both directions, on every day of the year (summer time
 * included), and an event written before clocks carried their last day gives the same day to every reader.
 */
class LaatsteDagTest {

    @Test
    void theExpiryIsTheStartOfTheDayAfterTheLastDayAndLeadsBackToIt() {
        assertThat(LaatsteDag.vervaltOp(LocalDate.of(2026, 12, 30), Tijdzone.NEDERLAND))
                .isEqualTo(Instant.parse("2026-12-30T23:00:00Z"));
        assertThat(LaatsteDag.vervaltOp(LocalDate.of(2026, 3, 28), Tijdzone.NEDERLAND))
                .isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(LaatsteDag.vervaltOp(LocalDate.of(2026, 3, 29), Tijdzone.NEDERLAND))
                .isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2028, 1, 1)).forEach(dag ->
                assertThat(LaatsteDag.van(null, LaatsteDag.vervaltOp(dag, Tijdzone.NEDERLAND))).isEqualTo(dag));
    }

    @Test
    void aCarriedLastDayIsKeptAndNoExpiryGivesNoDay() {
        LocalDate dag = LocalDate.of(2026, 5, 6);
        assertThat(LaatsteDag.van(dag, Instant.parse("2030-01-01T00:00:00Z"))).isEqualTo(dag);
        assertThat(LaatsteDag.van(null, null)).isNull();
    }

    @Test
    void anEventWithoutItsLastDayDerivesItWhenRead() {
        Instant vervaltOp = Instant.parse("2026-12-30T23:00:00Z");
        LocalDate laatsteDag = LocalDate.of(2026, 12, 30);

        assertThat(List.of(
                new TermijnStarted("hh-1", "casus-1", "hv-1", "t-1", "WMO", false,
                        Instant.parse("2026-11-18T09:00:00Z"), vervaltOp, vervaltOp, null).laatsteDag(),
                new TermijnResumed("hh-1", "casus-1", "t-1", "Weer verder", Instant.parse("2026-12-01T09:00:00Z"),
                        vervaltOp, vervaltOp, null).laatsteDag(),
                new TermijnAboutToExpire("hh-1", "casus-1", "t-1", "WMO", vervaltOp, null).laatsteDag(),
                new TermijnExpired("hh-1", "casus-1", "t-1", "WMO", vervaltOp, null).laatsteDag(),
                new Overdracht.Termijn("t-1", "hv-1", "WMO", false, TermijnStatus.LOPEND.name(),
                        Instant.parse("2026-11-18T09:00:00Z"), vervaltOp, vervaltOp, null, null, false).laatsteDag()))
                .containsOnly(laatsteDag);
    }
}
