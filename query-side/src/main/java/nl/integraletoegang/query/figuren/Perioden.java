package nl.integraletoegang.query.figuren;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import nl.integraletoegang.api.figuren.ManagementFiguren.Periode;
import nl.integraletoegang.api.figuren.Periodesoort;

/** Calendar arithmetic for a kind of period, matching PostgreSQL's {@code date_trunc} (ISO weeks). */
final class Perioden {

    private Perioden() {
    }

    /** The first day of the period that holds {@code dag}. */
    static LocalDate begin(Periodesoort soort, LocalDate dag) {
        return switch (soort) {
            case WEEK -> dag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MAAND -> dag.withDayOfMonth(1);
            case KWARTAAL -> LocalDate.of(dag.getYear(), (dag.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
        };
    }

    /** The first day of the period after the one that holds {@code dag}. */
    static LocalDate volgende(Periodesoort soort, LocalDate dag) {
        LocalDate begin = begin(soort, dag);
        return switch (soort) {
            case WEEK -> begin.plusWeeks(1);
            case MAAND -> begin.plusMonths(1);
            case KWARTAAL -> begin.plusMonths(3);
        };
    }

    /** The unit for {@code date_trunc}. */
    static String sqlEenheid(Periodesoort soort) {
        return switch (soort) {
            case WEEK -> "week";
            case MAAND -> "month";
            case KWARTAAL -> "quarter";
        };
    }

    /** The suffix of the columns that hold a moment's period of this kind ({@code V85__figuren_perioden.sql}). */
    static String kolom(Periodesoort soort) {
        return switch (soort) {
            case WEEK -> "week";
            case MAAND -> "maand";
            case KWARTAAL -> "kwartaal";
        };
    }

    /** The step between two periods, as a PostgreSQL interval. */
    static String sqlStap(Periodesoort soort) {
        return switch (soort) {
            case WEEK -> "1 week";
            case MAAND -> "1 month";
            case KWARTAAL -> "3 months";
        };
    }

    static Periode periode(Periodesoort soort, LocalDate begin) {
        String label = switch (soort) {
            case WEEK -> "%d-W%02d".formatted(begin.get(IsoFields.WEEK_BASED_YEAR),
                    begin.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MAAND -> "%d-%02d".formatted(begin.getYear(), begin.getMonthValue());
            case KWARTAAL -> "%d-K%d".formatted(begin.getYear(), begin.get(IsoFields.QUARTER_OF_YEAR));
        };
        return new Periode(label, begin);
    }
}
