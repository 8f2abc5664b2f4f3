package nl.integraletoegang.ui.figuren;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.integraletoegang.api.figuren.FindManagementFiguren;
import nl.integraletoegang.api.figuren.Periodesoort;
import nl.integraletoegang.api.veld.Label;
import nl.integraletoegang.platform.invoer.Datumparameter;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's filter as the manager sets it, with the parameter names of the figures API, so that the CSV link
 * can carry the same question. Everything is bound as text and checked here: a wrong date or period is an error next
 * to its field, not a failed conversion.
 */
public class FigurenFilter {

    private String periode = Periodesoort.MAAND.name();
    private String van;
    private String tot;
    private String wijk;

    void controleer(Errors fouten) {
        if (periodesoort() == null) {
            fouten.rejectValue("periode", "onbekend", "Kies een periode: week, maand of kwartaal.");
        }
        LocalDate begin = datum("van", van, "De begindatum", fouten);
        LocalDate einde = datum("tot", tot, "De einddatum", fouten);
        if (begin != null && einde != null && einde.isBefore(begin)) {
            fouten.rejectValue("tot", "voorVan", "De einddatum ligt vóór de begindatum: kies een datum op of na "
                    + begin + ".");
        }
        // the wijk field rule of the contract, checked here because the filter binds everything as text
        if (!isBlank(wijk) && (wijk.strip().length() > Label.MAX || !wijk.strip().matches(Label.TEKENS))) {
            fouten.rejectValue("wijk", "ongeldig", "Een wijknaam bestaat uit hoogstens " + Label.MAX + " letters, "
                    + "cijfers, spaties en de tekens ' ’ . , ( ) / & -.");
        }
    }

    /** The question for the query side; only after {@link #controleer} found nothing. */
    FindManagementFiguren query() {
        return new FindManagementFiguren(periodesoort(), isBlank(van) ? null : LocalDate.parse(van.strip()),
                isBlank(tot) ? null : LocalDate.parse(tot.strip()), isBlank(wijk) ? null : wijk.strip());
    }

    /** The CSV export of exactly this question. */
    String csvPad() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/figuren.csv")
                .queryParam("periode", periodesoort().name());
        if (!isBlank(van)) {
            uri.queryParam("van", van.strip());
        }
        if (!isBlank(tot)) {
            uri.queryParam("tot", tot.strip());
        }
        if (!isBlank(wijk)) {
            uri.queryParam("wijk", wijk.strip());
        }
        return uri.encode().build().toUriString();
    }

    Periodesoort periodesoort() {
        if (isBlank(periode)) {
            return Periodesoort.MAAND;
        }
        try {
            return Periodesoort.valueOf(periode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate datum(String veld, String waarde, String naam, Errors fouten) {
        if (isBlank(waarde)) {
            return null;
        }
        try {
            LocalDate datum = LocalDate.parse(waarde.strip());
            if (datum.isBefore(Datumparameter.VROEGSTE) || datum.isAfter(Datumparameter.LAATSTE)) {
                fouten.rejectValue(veld, "buitenBereik", naam + " moet tussen " + Datumparameter.VROEGSTE + " en "
                        + Datumparameter.LAATSTE + " liggen.");
                return null;
            }
            return datum;
        } catch (DateTimeParseException e) {
            fouten.rejectValue(veld, "geenDatum", naam + " '" + waarde + "' is geen geldige datum. Gebruik de vorm "
                    + "jjjj-mm-dd, bijvoorbeeld 2026-01-31.");
            return null;
        }
    }

    private static boolean isBlank(String waarde) {
        return waarde == null || waarde.isBlank();
    }

    public String getPeriode() {
        return periode;
    }

    public void setPeriode(String periode) {
        this.periode = periode;
    }

    public String getVan() {
        return van;
    }

    public void setVan(String van) {
        this.van = van;
    }

    public String getTot() {
        return tot;
    }

    public void setTot(String tot) {
        this.tot = tot;
    }

    public String getWijk() {
        return wijk;
    }

    public void setWijk(String wijk) {
        this.wijk = wijk;
    }
}
