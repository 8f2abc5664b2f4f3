package nl.integraletoegang.command.termijn;

import static nl.integraletoegang.api.tijd.Tijdzone.NEDERLAND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Termijnen are counted on the Dutch legal calendar: weekends and the holidays of the Algemene termijnenwet. */
class TermijnKalenderTest {

    private static final TermijnKalender KALENDER = new TermijnKalender(new TermijnProperties(Map.of(
            "WMO", new RegimeRegel(6, Eenheid.WEKEN, null, null, 5, "Wmo onderzoek"),
            "SCHULDHULP", new RegimeRegel(4, Eenheid.WEKEN, 3, Eenheid.WERKDAGEN, 1, "Schuldhulp"),
            "TRIAGE", new RegimeRegel(5, Eenheid.WERKDAGEN, null, null, 1, "Triage")), NEDERLAND));

    private static Instant om(int jaar, int maand, int dag, int uur) {
        return ZonedDateTime.of(jaar, maand, dag, uur, 0, 0, 0, NEDERLAND).toInstant();
    }

    private static Instant beginVan(int jaar, int maand, int dag) {
        return om(jaar, maand, dag, 0);
    }

    @Test
    void easterAndTheHolidaysThatHangOnItAreComputedPerYear() {
        assertThat(Feestdagen.eerstePaasdag(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Feestdagen.eerstePaasdag(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Feestdagen.eerstePaasdag(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Feestdagen.feestdagen(2026)).contains(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 5));
    }

    @Test
    void goedeVrijdagIsAWorkingDayAndKoningsdagMovesToSaturdayWhenThe27thIsASunday() {
        assertThat(Feestdagen.isWerkdag(LocalDate.of(2026, 4, 3))).isTrue();
        assertThat(Feestdagen.isFeestdag(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(Feestdagen.isFeestdag(LocalDate.of(2025, 4, 27))).isFalse();
    }

    @Test
    void aTermijnInWeeksEndsAtTheEndOfItsLastDay() {
        Termijn termijn = KALENDER.bereken("WMO", om(2026, 3, 2, 10), false);

        assertThat(termijn.vervaltOp()).isEqualTo(beginVan(2026, 4, 14));
        assertThat(termijn.spoed()).isFalse();
    }

    @Test
    void aLastDayOnAHolidayOrWeekendRunsOnToTheNextWorkingDay() {
        // six weeks after Friday 13 November 2026 is Christmas Day; the 26th and 27th are weekend days too
        Termijn termijn = KALENDER.bereken("WMO", om(2026, 11, 13, 10), false);

        assertThat(termijn.vervaltOp()).isEqualTo(beginVan(2026, 12, 29));
    }

    @Test
    void theWarningComesTheGivenNumberOfWorkingDaysBeforeTheLastDay() {
        Termijn termijn = KALENDER.bereken("WMO", om(2026, 3, 2, 10), false);

        // last day Monday 13 April; five working days earlier, skipping Tweede Paasdag (6 April), is 3 April
        assertThat(termijn.waarschuwingOp()).isEqualTo(beginVan(2026, 4, 3));
    }

    @Test
    void theUrgentSchuldhulpVariantCountsWorkingDaysAndSkipsTweedePaasdag() {
        Termijn termijn = KALENDER.bereken("SCHULDHULP", om(2026, 4, 1, 10), true);

        // Thursday 2, Friday 3 (Goede Vrijdag counts), Tuesday 7 April
        assertThat(termijn.vervaltOp()).isEqualTo(beginVan(2026, 4, 8));
        assertThat(termijn.spoed()).isTrue();
    }

    @Test
    void aRegimeWithoutAnUrgentVariantIgnoresUrgency() {
        assertThat(KALENDER.bereken("WMO", om(2026, 3, 2, 10), true))
                .isEqualTo(KALENDER.bereken("WMO", om(2026, 3, 2, 10), false));
    }

    @Test
    void resumingACalendarTermijnAddsTheDaysOfTheSuspension() {
        Termijn oorspronkelijk = KALENDER.bereken("WMO", om(2026, 3, 2, 10), false);

        Termijn hervat = KALENDER.hervat("WMO", false, om(2026, 3, 10, 9), oorspronkelijk.laatsteDag(),
                om(2026, 3, 20, 9));

        // ten days suspended: the last day moves from 13 to 23 April
        assertThat(hervat.vervaltOp()).isEqualTo(beginVan(2026, 4, 24));
    }

    @Test
    void resumingAWorkingDayTermijnKeepsTheWorkingDaysThatWereLeft() {
        Termijn oorspronkelijk = KALENDER.bereken("TRIAGE", om(2026, 3, 2, 10), false);
        assertThat(oorspronkelijk.vervaltOp()).isEqualTo(beginVan(2026, 3, 10));

        // suspended on Wednesday 4 March with 5, 6 and 9 March left; resumed on Friday 13 March
        Termijn hervat = KALENDER.hervat("TRIAGE", false, om(2026, 3, 4, 9), oorspronkelijk.laatsteDag(),
                om(2026, 3, 13, 9));

        assertThat(hervat.vervaltOp()).isEqualTo(beginVan(2026, 3, 19));
    }

    @Test
    void aResumedUrgentWgsClockKeepsCountingInWorkingDaysAcrossChristmas() {
        // started Tuesday 22 December 2026: 23 and 24 December and, after Christmas (25 and 26 December) and the
        // weekend, Monday 28 December
        Termijn oorspronkelijk = KALENDER.bereken("SCHULDHULP", om(2026, 12, 22, 10), true);
        assertThat(oorspronkelijk.vervaltOp()).isEqualTo(beginVan(2026, 12, 29));

        // suspended on Wednesday 23 December with 24 and 28 December left; resumed on Monday 28 December, those
        // two working days run from the day after the resumption: 29 and 30 December (not 4 January 2027)
        Termijn hervat = KALENDER.hervat("SCHULDHULP", true, om(2026, 12, 23, 10), oorspronkelijk.laatsteDag(),
                om(2026, 12, 28, 9));

        assertThat(hervat.laatsteDag()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(hervat.vervaltOp()).isEqualTo(beginVan(2026, 12, 31));
        assertThat(hervat.spoed()).isTrue();
        // one working day before the last day
        assertThat(hervat.waarschuwingOp()).isEqualTo(beginVan(2026, 12, 29));
    }

    @Test
    void aClockStartedAndSuspendedOnTheSameDayKeepsAllItsWorkingDays() {
        Termijn oorspronkelijk = KALENDER.bereken("SCHULDHULP", om(2026, 12, 23, 9), true);
        assertThat(oorspronkelijk.vervaltOp()).isEqualTo(beginVan(2026, 12, 30));

        Termijn hervat = KALENDER.hervat("SCHULDHULP", true, om(2026, 12, 23, 15), oorspronkelijk.laatsteDag(),
                om(2026, 12, 28, 9));

        // 29, 30 and 31 December
        assertThat(hervat.vervaltOp()).isEqualTo(beginVan(2027, 1, 1));
    }

    @Test
    void theRegularVariantOfTheSameRegimeKeepsAddingTheSuspendedCalendarDays() {
        // four weeks from 22 December 2026: Tuesday 19 January 2027
        Termijn oorspronkelijk = KALENDER.bereken("SCHULDHULP", om(2026, 12, 22, 10), false);
        assertThat(oorspronkelijk.vervaltOp()).isEqualTo(beginVan(2027, 1, 20));

        Termijn hervat = KALENDER.hervat("SCHULDHULP", false, om(2026, 12, 23, 10), oorspronkelijk.laatsteDag(),
                om(2026, 12, 28, 9));

        // five calendar days later is Sunday 24 January: it runs on to Monday 25 January
        assertThat(hervat.vervaltOp()).isEqualTo(beginVan(2027, 1, 26));
    }

    @Test
    void aWorkingDayClockSuspendedOnItsLastDayEndsOnAWorkingDayAfterTheResumption() {
        Termijn oorspronkelijk = KALENDER.bereken("TRIAGE", om(2026, 3, 2, 10), false);

        // suspended on its last day, Monday 9 March, resumed on Saturday 14 March: nothing was left but that day
        Termijn hervat = KALENDER.hervat("TRIAGE", false, om(2026, 3, 9, 9), oorspronkelijk.laatsteDag(),
                om(2026, 3, 14, 9));

        assertThat(hervat.vervaltOp()).isEqualTo(beginVan(2026, 3, 17));
    }

    @Test
    void onlyConfiguredRegimesAreKnown() {
        assertThat(KALENDER.kent("WMO")).isTrue();
        assertThat(KALENDER.kent("ONBEKEND")).isFalse();
        assertThat(KALENDER.kent(null)).isFalse();
    }
}
