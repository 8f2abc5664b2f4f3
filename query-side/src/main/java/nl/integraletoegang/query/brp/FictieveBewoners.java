package nl.integraletoegang.query.brp;

import nl.integraletoegang.platform.invoer.BrpParameters;
import nl.integraletoegang.api.brp.AdresVraag;
import nl.integraletoegang.api.brp.BrpPersoon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.integraletoegang.api.huishouden.Adres;
import org.springframework.core.io.ClassPathResource;

/**
 * The register of the standalone version: a small file of fictitious residents at a few addresses in Deventer
 * ({@value #BESTAND}), each with the period they lived there, so a new user sees the prefill work without a
 * connection to the real BRP.
 */
class FictieveBewoners implements Bevolkingsregister {

    static final String BESTAND = "brp/fictieve-bewoners.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bestand(List<Woning> adressen) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Woning(String postcode, int huisnummer, String huisletter, String huisnummertoevoeging, String straat,
                 String woonplaats, List<Bewoner> bewoners) {

        Adres alsAdres() {
            return new Adres(postcode, huisnummer, huisletter, huisnummertoevoeging, straat, woonplaats);
        }

        boolean is(AdresVraag vraag) {
            return postcode.equals(vraag.postcode()) && huisnummer == vraag.huisnummer()
                    && (vraag.huisletter() == null || vraag.huisletter().equalsIgnoreCase(huisletter))
                    && (vraag.huisnummertoevoeging() == null
                    || vraag.huisnummertoevoeging().equalsIgnoreCase(huisnummertoevoeging));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bewoner(String bsn, String voornamen, String voorvoegsel, String geslachtsnaam, LocalDate geboortedatum,
                   LocalDate vanaf, LocalDate tot) {

        boolean woontEr(LocalDate datum) {
            return !datum.isBefore(vanaf) && (tot == null || !datum.isAfter(tot));
        }

        BrpPersoon alsPersoon(Adres adres) {
            return new BrpPersoon(bsn, voornamen, voorvoegsel, geslachtsnaam, geboortedatum, adres);
        }
    }

    private final List<Woning> adressen;
    private final Clock clock;

    FictieveBewoners(ObjectMapper mapper, Clock clock) {
        this.clock = clock;
        try (InputStream bestand = new ClassPathResource(BESTAND).getInputStream()) {
            this.adressen = List.copyOf(mapper.readValue(bestand, Bestand.class).adressen());
        } catch (IOException e) {
            throw new UncheckedIOException("The file of fictitious residents " + BESTAND + " cannot be read", e);
        }
    }

    @Override
    public Optional<BrpPersoon> persoon(String bsn) {
        LocalDate vandaag = BrpParameters.vandaag(clock);
        // the current address, if any; someone who moved away from all of these addresses is still known
        return adressen.stream()
                .flatMap(adres -> adres.bewoners().stream().filter(bewoner -> bewoner.bsn().equals(bsn))
                        .map(bewoner -> bewoner.woontEr(vandaag) ? bewoner.alsPersoon(adres.alsAdres())
                                : bewoner.alsPersoon(null)))
                .max(Comparator.comparing(persoon -> persoon.adres() != null));
    }

    @Override
    public List<BrpPersoon> bewoners(AdresVraag vraag, LocalDate peildatum) {
        return adressen.stream()
                .filter(adres -> adres.is(vraag))
                .flatMap(adres -> adres.bewoners().stream().filter(bewoner -> bewoner.woontEr(peildatum))
                        .map(bewoner -> bewoner.alsPersoon(adres.alsAdres())))
                .toList();
    }
}
