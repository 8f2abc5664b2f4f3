package nl.integraletoegang.command.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * The generally recognised public holidays of the Algemene termijnenwet (art. 3): Nieuwjaarsdag, tweede Paas- en
 * Pinksterdag, Hemelvaartsdag, both Christmas days, Koningsdag and 5 mei. Goede Vrijdag is not among them. Written
 * out here rather than taken from a holiday library because the legal list differs from the customary one (5 mei
 * every year, no Goede Vrijdag), and the law's list is what a termijn is judged by.
 */
final class Feestdagen {

    private Feestdagen() {
    }

    static boolean isWerkdag(LocalDate dag) {
        return dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isFeestdag(dag);
    }

    static boolean isFeestdag(LocalDate dag) {
        return feestdagen(dag.getYear()).contains(dag);
    }

    static Set<LocalDate> feestdagen(int jaar) {
        LocalDate pasen = eerstePaasdag(jaar);
        return Set.of(
                LocalDate.of(jaar, Month.JANUARY, 1),
                pasen.plusDays(1),
                pasen.plusDays(39),
                pasen.plusDays(50),
                koningsdag(jaar),
                LocalDate.of(jaar, Month.MAY, 5),
                LocalDate.of(jaar, Month.DECEMBER, 25),
                LocalDate.of(jaar, Month.DECEMBER, 26));
    }

    /** 27 April, or the 26th when the 27th is a Sunday. */
    private static LocalDate koningsdag(int jaar) {
        LocalDate dag = LocalDate.of(jaar, Month.APRIL, 27);
        return dag.getDayOfWeek() == DayOfWeek.SUNDAY ? dag.minusDays(1) : dag;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate eerstePaasdag(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
