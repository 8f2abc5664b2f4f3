package nl.integraletoegang.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.integraletoegang.api.tijd.Tijdzone;
import org.springframework.stereotype.Component;

/** How the pages write times, dates and durations: the Dutch way, in the municipality's time zone. */
@Component("weergave")
public class Weergave {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", NL);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter ISO_DATUM = DateTimeFormatter.ISO_LOCAL_DATE;

    public String tijdstip(Instant moment) {
        return moment == null ? "" : TIJDSTIP.format(moment.atZone(Tijdzone.NEDERLAND));
    }

    /** Machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant moment) {
        return moment == null ? "" : moment.toString();
    }

    public String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    public String isoDatum(LocalDate datum) {
        return datum == null ? "" : ISO_DATUM.format(datum);
    }

    /** "3 dagen en 4 uur", "2 uur", "minder dan een uur". */
    public String duur(Duration duur) {
        if (duur == null) {
            return "";
        }
        long dagen = duur.toDays();
        long uren = duur.minusDays(dagen).toHours();
        if (dagen == 0 && uren == 0) {
            return "minder dan een uur";
        }
        String dagTekst = dagen == 1 ? "1 dag" : dagen + " dagen";
        String uurTekst = uren + " uur";
        return dagen == 0 ? uurTekst : uren == 0 ? dagTekst : dagTekst + " en " + uurTekst;
    }
}
