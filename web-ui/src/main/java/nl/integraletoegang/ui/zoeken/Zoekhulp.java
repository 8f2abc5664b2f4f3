package nl.integraletoegang.ui.zoeken;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.zoeken.FindOvereenkomsten;
import nl.integraletoegang.api.zoeken.GevondenHuishouden;
import nl.integraletoegang.api.zoeken.GevondenHuishoudens;
import nl.integraletoegang.api.zoeken.ZoekHuishoudens;
import nl.integraletoegang.platform.invoer.OngeldigeParameterException;
import nl.integraletoegang.platform.invoer.Zoekvraag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * One search field for the pages: nine digits are a BSN, "7411 AB 12" a postcode with huisnummer, anything else a
 * name (optionally with a date of birth). The checks are the API's ({@link Zoekvraag}); the query goes through the
 * query bus, whose handler logs the search.
 */
@Component
public class Zoekhulp {

    private static final Pattern ADRES = Pattern.compile("([0-9]{4}\\s?[A-Za-z]{2})\\s+([0-9]{1,5})");
    static final int REGELS = 20;

    private final QueryGateway queryGateway;

    Zoekhulp(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The answer of a search: the households found, or a Dutch explanation of what to type instead. */
    public record Uitkomst(List<GevondenHuishouden> items, long total, String fout) {

        public boolean gezocht() {
            return items != null;
        }
    }

    public Uitkomst zoek(String zoekterm, String geboortedatum) {
        if (zoekterm == null || zoekterm.isBlank()) {
            return new Uitkomst(null, 0, null);
        }
        String term = zoekterm.strip();
        try {
            LocalDate datum = Zoekvraag.geboortedatum("geboortedatum", geboortedatum);
            ZoekHuishoudens query;
            Matcher adres = ADRES.matcher(term);
            if (term.matches("[0-9 ]{9,11}") && term.replace(" ", "").length() == 9) {
                query = new ZoekHuishoudens(Zoekvraag.bsn("bsn", term.replace(" ", "")), null, null, null, null, 0,
                        REGELS);
            } else if (adres.matches()) {
                query = new ZoekHuishoudens(null, Zoekvraag.postcode("postcode", adres.group(1)),
                        Zoekvraag.huisnummer("huisnummer", adres.group(2)), null, null, 0, REGELS);
            } else {
                query = new ZoekHuishoudens(null, null, null, Zoekvraag.naam("naam", term), datum, 0, REGELS);
            }
            GevondenHuishoudens gevonden = vraag(() -> queryGateway.query(query, GevondenHuishoudens.class).join());
            return new Uitkomst(gevonden.items(), gevonden.total(), null);
        } catch (OngeldigeParameterException e) {
            return new Uitkomst(null, 0, e.getBody().getDetail());
        }
    }

    /** The households that match what was typed in a melding form, each with why. */
    public List<GevondenHuishouden> overeenkomsten(List<FindOvereenkomsten.Kenmerk> leden) {
        return overeenkomsten(leden, null);
    }

    /** The households that match the members and (when given) the address typed in a melding form, each with why. */
    public List<GevondenHuishouden> overeenkomsten(List<FindOvereenkomsten.Kenmerk> leden, Adres adres) {
        FindOvereenkomsten query = adres == null ? new FindOvereenkomsten(leden, null, null)
                : new FindOvereenkomsten(leden, adres.postcode(), adres.huisnummer());
        return vraag(() -> queryGateway.query(query,
                ResponseTypes.multipleInstancesOf(GevondenHuishouden.class)).join());
    }

    private static <T> T vraag(java.util.function.Supplier<T> vraag) {
        try {
            return vraag.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException oorzaak) {
                throw oorzaak;
            }
            throw e;
        }
    }
}
