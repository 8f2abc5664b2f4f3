package nl.integraletoegang.query.figuren;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.stream.Collectors;
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

    /** The columns that hold the periods of {@code moment}, one per kind: {@code <moment>_week, <moment>_maand, ...}. */
    static String kolommen(String moment) {
        return Arrays.stream(Periodesoort.values()).map(soort -> moment + "_" + kolom(soort))
                .collect(Collectors.joining(", "));
    }

    /** The periods, one per kind in the order of {@link #kolommen}, of the moment {@code tijdstip} in the zone {@code :tz}. */
    static String waarden(String tijdstip) {
        return Arrays.stream(Periodesoort.values())
                .map(soort -> "figuur_periode('%s', %s, :tz)".formatted(sqlEenheid(soort), tijdstip))
                .collect(Collectors.joining(", "));
    }

    /** Sets the periods of {@code moment} to those of {@code tijdstip}, for an {@code UPDATE}'s {@code SET}. */
    static String toewijzingen(String moment, String tijdstip) {
        return Arrays.stream(Periodesoort.values())
                .map(soort -> "%s_%s = figuur_periode('%s', %s, :tz)".formatted(moment, kolom(soort),
                        sqlEenheid(soort), tijdstip))
                .collect(Collectors.joining(", "));
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
