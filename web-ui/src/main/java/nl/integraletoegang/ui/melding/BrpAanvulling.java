package nl.integraletoegang.ui.melding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.platform.invoer.OngeldigeParameterException;
import nl.integraletoegang.api.brp.AdresVraag;
import nl.integraletoegang.api.brp.BrpAntwoord;
import nl.integraletoegang.api.brp.FindBrpBeschikbaar;
import nl.integraletoegang.api.brp.FindInBrp;
import nl.integraletoegang.ui.Inzage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import nl.integraletoegang.platform.invoer.BrpParameters;
import nl.integraletoegang.api.brp.BrpPersoon;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * "Vul aan uit BRP" on the melding form: looks up who lives at the address typed (today) and the person with the
 * BSN typed, and puts them in the member rows; the address found is written back into the lookup's fields and into
 * the household's address (with street and place), so it is registered with the melding. Without an address in the
 * lookup's fields, the household's address typed on the form is looked up. What the
 * worker typed wrong becomes a field error; a register that cannot answer, a message on the form.
 */
@Component
class BrpAanvulling {

    /** The lookup's parameters and the form fields they come from. */
    private static final Map<String, String> VELDEN = Map.of("postcode", "brp.postcode", "huisnummer",
            "brp.huisnummer", "huisletter", "brp.huisletter", "toevoeging", "brp.toevoeging", "bsn", "brp.bsn");

    /** What the lookup did, for the message next to the button. */
    record Uitkomst(String tekst, boolean gelukt) {
    }

    private final Inzage inzage;
    private final Clock clock;

    BrpAanvulling(Inzage inzage, Clock clock) {
        this.inzage = inzage;
        this.clock = clock;
    }

    boolean beschikbaar() {
        return inzage.vraag(new FindBrpBeschikbaar(), ResponseTypes.instanceOf(Boolean.class));
    }

    /** @return the outcome to show, or empty when the terms have errors (then in {@code fouten}) */
    Optional<Uitkomst> vulAan(MeldingFormulier formulier, Errors fouten) {
        MeldingFormulier.BrpVraag vraag = formulier.getBrp();
        MeldingFormulier.AdresVelden getypt = formulier.getAdres();
        if (!vraag.heeftAdres() && getypt != null && MeldingFormulier.isBlank(formulier.getHuishoudenId())
                && (!MeldingFormulier.isBlank(getypt.getPostcode()) || !MeldingFormulier.isBlank(getypt.getHuisnummer()))) {
            // the worker typed the household's address already: look that one up rather than ask for it twice
            vraag.setPostcode(getypt.getPostcode());
            vraag.setHuisnummer(getypt.getHuisnummer());
            vraag.setHuisletter(getypt.getHuisletter());
            vraag.setToevoeging(getypt.getToevoeging());
        }
        boolean metBsn = !MeldingFormulier.isBlank(vraag.getBsn());
        if (!vraag.heeftAdres() && !metBsn) {
            fouten.rejectValue("brp.postcode", "verplicht",
                    "Geef een postcode en huisnummer of een BSN om in de BRP op te zoeken.");
            return Optional.empty();
        }
        AdresVraag adres = null;
        String bsn = null;
        try {
            if (vraag.heeftAdres()) {
                adres = BrpParameters.adres(vraag.getPostcode(), huisnummer(vraag.getHuisnummer()),
                        vraag.getHuisletter(), vraag.getToevoeging());
            }
            if (metBsn) {
                bsn = BrpParameters.bsn(vraag.getBsn());
            }
        } catch (OngeldigeParameterException ongeldig) {
            Object parameter = ongeldig.getBody().getProperties() == null ? null
                    : ongeldig.getBody().getProperties().get("parameter");
            fouten.rejectValue(VELDEN.getOrDefault(String.valueOf(parameter), "brp.postcode"), "ongeldig",
                    ongeldig.getBody().getDetail());
            return Optional.empty();
        }
        LocalDate vandaag = BrpParameters.vandaag(clock);
        BrpAntwoord antwoord = inzage.vraag(new FindInBrp(adres, bsn, vandaag),
                ResponseTypes.instanceOf(BrpAntwoord.class));
        if (antwoord.nietBeschikbaar() != null) {
            return Optional.of(new Uitkomst(antwoord.nietBeschikbaar(), false));
        }
        List<BrpPersoon> gevonden = antwoord.personen();
        if (gevonden.isEmpty()) {
            return Optional.of(new Uitkomst(adres != null && bsn == null
                    ? "De BRP kent niemand op dit adres. Controleer het adres of vul de leden zelf in."
                    : "De BRP vond niemand bij deze gegevens. Controleer ze of vul de leden zelf in.", false));
        }
        int toegevoegd = formulier.vulAan(gevonden);
        Adres woonadres = gevonden.stream().map(BrpPersoon::adres).filter(a -> a != null).findFirst()
                .orElse(null);
        if (woonadres != null) {
            vraag.setPostcode(woonadres.postcode());
            vraag.setHuisnummer(woonadres.huisnummer() == null ? null : woonadres.huisnummer().toString());
            vraag.setHuisletter(woonadres.huisletter());
            vraag.setToevoeging(woonadres.huisnummertoevoeging());
            if (MeldingFormulier.isBlank(formulier.getHuishoudenId())) {
                formulier.getAdres().vulIn(woonadres);
            }
        }
        return Optional.of(new Uitkomst(samenvatting(gevonden.size(), toegevoegd, woonadres), true));
    }

    private static Integer huisnummer(String huisnummer) {
        if (MeldingFormulier.isBlank(huisnummer)) {
            return null;
        }
        try {
            return Integer.valueOf(huisnummer.strip());
        } catch (NumberFormatException e) {
            throw new OngeldigeParameterException("huisnummer", "Geef een huisnummer van 1 tot en met 99999.");
        }
    }

    private static String samenvatting(int gevonden, int toegevoegd, Adres adres) {
        String wie = gevonden == 1 ? "1 persoon" : gevonden + " personen";
        String waar = adres == null ? "" : " op " + adresregel(adres);
        String ingevuld = toegevoegd == gevonden ? " Ingevuld bij de leden; controleer ze met de inwoner."
                : " %d ingevuld bij de leden, de anderen stonden er al; controleer ze met de inwoner.".formatted(toegevoegd);
        return "De BRP vond " + wie + waar + "." + ingevuld;
    }

    static String adresregel(Adres adres) {
        StringBuilder regel = new StringBuilder();
        if (adres.straat() != null) {
            regel.append(adres.straat()).append(' ');
        }
        regel.append(adres.huisnummer() == null ? "" : adres.huisnummer());
        if (adres.huisletter() != null) {
            regel.append(adres.huisletter());
        }
        if (adres.huisnummertoevoeging() != null) {
            regel.append('-').append(adres.huisnummertoevoeging());
        }
        if (adres.postcode() != null) {
            regel.append(", ").append(adres.postcode());
        }
        if (adres.woonplaats() != null) {
            regel.append(' ').append(adres.woonplaats());
        }
        return regel.toString().strip();
    }
}
