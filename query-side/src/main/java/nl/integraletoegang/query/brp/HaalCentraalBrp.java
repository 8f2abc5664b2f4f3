package nl.integraletoegang.query.brp;

import nl.integraletoegang.platform.invoer.BrpParameters;
import nl.integraletoegang.api.brp.AdresVraag;
import nl.integraletoegang.api.brp.BrpPersoon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.integraletoegang.api.huishouden.Adres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The population register through the Haal Centraal BRP APIs, as their OpenAPI specifications shape the requests:
 * Personen bevragen 2.x ({@code POST /personen} with {@code RaadpleegMetBurgerservicenummer} or
 * {@code ZoekMetPostcodeEnHuisnummer}, asking only the {@link #FIELDS} a melding needs) and, for an earlier date,
 * Bewoning 2.x ({@code POST /bewoningen} with {@code BewoningMetPeildatum}). Personal data goes in request bodies,
 * never in a URL; errors are logged by status only, never with the register's body.
 */
class HaalCentraalBrp implements Bevolkingsregister {

    private static final Logger log = LoggerFactory.getLogger(HaalCentraalBrp.class);

    /** Data minimisation: the register returns only these fields. */
    static final List<String> FIELDS = List.of("burgerservicenummer", "naam.voornamen", "naam.voorvoegsel",
            "naam.geslachtsnaam", "geboorte.datum", "verblijfplaats");
    /** RaadpleegMetBurgerservicenummer takes at most this many BSNs per request. */
    static final int MAX_BSNS = 20;

    private final RestClient personen;
    private final RestClient bewoning;
    private final ObjectMapper mapper;
    private final Clock clock;

    HaalCentraalBrp(BrpProperties.HaalCentraal instellingen, RestClient.Builder restClients, ObjectMapper mapper,
                    Clock clock) {
        if (instellingen.basisUrl() == null) {
            throw new IllegalStateException("integrale-toegang.brp.haal-centraal.basis-url is required when "
                    + "integrale-toegang.brp.haal-centraal.enabled=true");
        }
        // HTTP/1.1: the JDK's cleartext HTTP/2 upgrade of a POST trips up gateways and mocks alike
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(instellingen.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(instellingen.readTimeout());
        RestClient.Builder basis = restClients.clone().requestFactory(requests)
                .defaultHeaders(headers -> {
                    if (instellingen.apiKey() != null && !instellingen.apiKey().isBlank()) {
                        headers.set("X-API-KEY", instellingen.apiKey());
                    }
                    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
                    headers.setContentType(MediaType.APPLICATION_JSON);
                });
        this.personen = basis.clone().baseUrl(instellingen.basisUrl().toString()).build();
        this.bewoning = instellingen.bewoningUrl() == null ? null
                : basis.clone().baseUrl(instellingen.bewoningUrl().toString()).build();
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Optional<BrpPersoon> persoon(String bsn) {
        return raadpleeg(List.of(bsn)).stream().findFirst();
    }

    @Override
    public List<BrpPersoon> bewoners(AdresVraag adres, LocalDate peildatum) {
        Map<String, Object> vraag = new LinkedHashMap<>();
        vraag.put("type", "ZoekMetPostcodeEnHuisnummer");
        vraag.put("fields", FIELDS);
        vraag.put("postcode", adres.postcode());
        vraag.put("huisnummer", adres.huisnummer());
        if (adres.huisletter() != null) {
            vraag.put("huisletter", adres.huisletter());
        }
        if (adres.huisnummertoevoeging() != null) {
            vraag.put("huisnummertoevoeging", adres.huisnummertoevoeging());
        }
        JsonNode huidigeBewoners = stuur(() -> personen.post().uri("/personen").body(vraag).retrieve()
                .body(String.class));
        if (!peildatum.isBefore(BrpParameters.vandaag(clock))) {
            return personen(huidigeBewoners);
        }
        // an earlier date: Bewoning knows who lived at the addressable object then, by BSN; the object's id comes
        // from the people registered there now
        if (bewoning == null) {
            throw BrpNietBeschikbaarException.peildatumNietIngesteld();
        }
        Set<String> objecten = new LinkedHashSet<>();
        for (JsonNode persoon : huidigeBewoners.path("personen")) {
            String object = tekst(persoon.path("verblijfplaats").path("adresseerbaarObjectIdentificatie"));
            if (object != null) {
                objecten.add(object);
            }
        }
        Set<String> bsns = new LinkedHashSet<>();
        for (String object : objecten) {
            Map<String, Object> bewoningVraag = Map.of("type", "BewoningMetPeildatum",
                    "adresseerbaarObjectIdentificatie", object, "peildatum", peildatum.toString());
            JsonNode antwoord = stuur(() -> bewoning.post().uri("/bewoningen").body(bewoningVraag).retrieve()
                    .body(String.class));
            for (JsonNode samenstelling : antwoord.path("bewoningen")) {
                for (JsonNode bewoner : samenstelling.path("bewoners")) {
                    String bsn = tekst(bewoner.path("burgerservicenummer"));
                    if (bsn != null) {
                        bsns.add(bsn);
                    }
                }
            }
        }
        return raadpleeg(List.copyOf(bsns));
    }

    private List<BrpPersoon> raadpleeg(List<String> bsns) {
        List<BrpPersoon> gevonden = new ArrayList<>();
        for (int van = 0; van < bsns.size(); van += MAX_BSNS) {
            Map<String, Object> vraag = Map.of("type", "RaadpleegMetBurgerservicenummer",
                    "burgerservicenummer", bsns.subList(van, Math.min(bsns.size(), van + MAX_BSNS)), "fields", FIELDS);
            gevonden.addAll(personen(stuur(() -> personen.post().uri("/personen").body(vraag).retrieve()
                    .body(String.class))));
        }
        return gevonden;
    }

    /** One request to the register; whatever goes wrong becomes a {@link BrpNietBeschikbaarException}. */
    private JsonNode stuur(Supplier<String> verzoek) {
        try {
            // read as text and parsed here: a parse failure is then ours to name, not a broken connection's
            String tekst = verzoek.get();
            JsonNode antwoord = tekst == null ? null : mapper.readTree(tekst);
            if (antwoord == null || !antwoord.isObject()) {
                log.warn("The BRP answered without a JSON object");
                throw BrpNietBeschikbaarException.fout();
            }
            return antwoord;
        } catch (JsonProcessingException e) {
            log.warn("The BRP answered with something that is not JSON");
            throw BrpNietBeschikbaarException.fout();
        } catch (RestClientResponseException e) {
            log.warn("The BRP answered with HTTP status {}", e.getStatusCode().value());
            HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
            if (status == HttpStatus.UNAUTHORIZED || status == HttpStatus.FORBIDDEN) {
                throw BrpNietBeschikbaarException.geweigerd();
            }
            if (status == HttpStatus.TOO_MANY_REQUESTS || status == HttpStatus.SERVICE_UNAVAILABLE) {
                throw BrpNietBeschikbaarException.teDruk();
            }
            if (status == HttpStatus.GATEWAY_TIMEOUT) {
                throw BrpNietBeschikbaarException.teTraag();
            }
            throw BrpNietBeschikbaarException.fout();
        } catch (ResourceAccessException e) {
            boolean teTraag = heeftOorzaak(e, HttpTimeoutException.class)
                    || heeftOorzaak(e, InterruptedIOException.class);
            // the exception's message names only the URL, which holds no personal data; still, the type is enough
            log.warn("The BRP could not be reached: {}", teTraag ? "timeout" : e.getMostSpecificCause().getClass()
                    .getSimpleName());
            throw teTraag ? BrpNietBeschikbaarException.teTraag() : BrpNietBeschikbaarException.onbereikbaar();
        } catch (RestClientException e) {
            log.warn("The BRP's answer could not be read: {}", e.getClass().getSimpleName());
            throw BrpNietBeschikbaarException.fout();
        }
    }

    private static boolean heeftOorzaak(Throwable fout, Class<? extends Throwable> soort) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (soort.isInstance(oorzaak)) {
                return true;
            }
        }
        return false;
    }

    private List<BrpPersoon> personen(JsonNode antwoord) {
        List<BrpPersoon> personen = new ArrayList<>();
        for (JsonNode persoon : antwoord.path("personen")) {
            String bsn = tekst(persoon.path("burgerservicenummer"));
            if (bsn == null) {
                continue;
            }
            JsonNode naam = persoon.path("naam");
            personen.add(new BrpPersoon(bsn, tekst(naam.path("voornamen")), tekst(naam.path("voorvoegsel")),
                    tekst(naam.path("geslachtsnaam")), datum(persoon.path("geboorte").path("datum")),
                    adres(persoon.path("verblijfplaats"))));
        }
        return personen;
    }

    /** A full date ({@code type: Datum}); a partly or wholly unknown date of birth is left for the worker. */
    private static LocalDate datum(JsonNode datum) {
        String waarde = tekst(datum.path("datum"));
        if (!"Datum".equals(tekst(datum.path("type"))) || waarde == null) {
            return null;
        }
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A Dutch address ({@code type: Adres}); a location description or an address abroad is no BAG address. */
    private static Adres adres(JsonNode verblijfplaats) {
        JsonNode adres = verblijfplaats.path("verblijfadres");
        if (!"Adres".equals(tekst(verblijfplaats.path("type"))) || !adres.isObject()) {
            return null;
        }
        String straat = tekst(adres.path("officieleStraatnaam"));
        return new Adres(BrpParameters.normaalPostcode(tekst(adres.path("postcode"))),
                adres.path("huisnummer").canConvertToInt() ? adres.path("huisnummer").intValue() : null,
                tekst(adres.path("huisletter")), tekst(adres.path("huisnummertoevoeging")),
                straat != null ? straat : tekst(adres.path("korteStraatnaam")), tekst(adres.path("woonplaats")));
    }

    private static String tekst(JsonNode waarde) {
        return waarde.isTextual() && !waarde.asText().isBlank() ? waarde.asText().strip() : null;
    }
}
