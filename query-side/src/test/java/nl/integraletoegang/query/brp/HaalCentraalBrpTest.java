package nl.integraletoegang.query.brp;

import nl.integraletoegang.api.brp.AdresVraag;
import nl.integraletoegang.api.brp.BrpPersoon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.integraletoegang.api.huishouden.Adres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

/**
 * The Haal Centraal BRP client against recorded responses shaped after the published OpenAPI specifications of
 * Personen bevragen 2.x and Bewoning 2.x, served by WireMock: the requests it sends (type, fields, X-API-KEY, the
 * BSN in the body and never in the URL), how it reads the answers, and how every failure of the register becomes a
 * Dutch 502/503/504 with no personal data in the problem or the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class HaalCentraalBrpTest {

    private static final String SLEUTEL = "geheime-sleutel-123";
    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    private static final AdresVraag BOTERDIEP = new AdresVraag("3077AW", 31, "A", "3");

    private WireMockServer brp;

    @BeforeEach
    void start() {
        brp = new WireMockServer(options().dynamicPort());
        brp.start();
    }

    @AfterEach
    void stop() {
        brp.stop();
    }

    private HaalCentraalBrp client(boolean metBewoning, Duration leestijd) {
        URI basis = URI.create(brp.baseUrl() + "/haalcentraal/api/brp");
        URI bewoning = metBewoning ? URI.create(brp.baseUrl() + "/haalcentraal/api/bewoning") : null;
        return new HaalCentraalBrp(new BrpProperties.HaalCentraal(true, basis, bewoning, SLEUTEL,
                Duration.ofSeconds(1), leestijd), RestClient.builder(), new ObjectMapper(), KLOK);
    }

    private HaalCentraalBrp client() {
        // generous: a cold WireMock on a busy machine can take seconds for its first answer
        return client(true, Duration.ofSeconds(15));
    }

    private void personen(String bestand) {
        brp.stubFor(post(urlEqualTo("/haalcentraal/api/brp/personen"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(opgenomen(bestand))));
    }

    @Test
    void aPersonIsLookedUpByBsnInTheBodyWithOnlyTheFieldsAMeldingNeeds() {
        personen("raadpleeg-met-bsn.json");

        BrpPersoon persoon = client().persoon("999993653").orElseThrow();

        assertThat(persoon).isEqualTo(new BrpPersoon("999993653", "Suzanne", "van", "Moulin",
                LocalDate.of(1985, 7, 27), new Adres("3077AW", 31, "a", "3", "Boterdiep", "Rotterdam")));
        assertThat(persoon.volledigeNaam()).isEqualTo("Suzanne van Moulin");
        brp.verify(postRequestedFor(urlEqualTo("/haalcentraal/api/brp/personen"))
                .withHeader("X-API-KEY", equalTo(SLEUTEL))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"],
                         "fields": ["burgerservicenummer", "naam.voornamen", "naam.voorvoegsel", "naam.geslachtsnaam",
                                    "geboorte.datum", "verblijfplaats"]}""")));
    }

    @Test
    void aBsnTheRegisterDoesNotKnowIsNoPerson() {
        personen("raadpleeg-onbekend.json");

        assertThat(client().persoon("999990007")).isEmpty();
    }

    @Test
    void todaysResidentsAreFoundByPostcodeAndHuisnummerAndAPartialDateOfBirthIsLeftOpen() {
        personen("zoek-met-postcode-en-huisnummer.json");

        List<BrpPersoon> bewoners = client().bewoners(BOTERDIEP, LocalDate.of(2026, 6, 15));

        assertThat(bewoners).extracting(BrpPersoon::bsn).containsExactly("999993653", "999990585");
        assertThat(bewoners.get(1).volledigeNaam()).isEqualTo("Pieter Jan Moulin");
        assertThat(bewoners.get(1).geboortedatum()).as("only year and month are known").isNull();
        brp.verify(postRequestedFor(urlEqualTo("/haalcentraal/api/brp/personen"))
                .withRequestBody(matchingJsonPath("$.type", equalTo("ZoekMetPostcodeEnHuisnummer")))
                .withRequestBody(matchingJsonPath("$.postcode", equalTo("3077AW")))
                .withRequestBody(matchingJsonPath("$.huisnummer", equalTo("31")))
                .withRequestBody(matchingJsonPath("$.huisletter", equalTo("A")))
                .withRequestBody(matchingJsonPath("$.huisnummertoevoeging", equalTo("3"))));
        assertThat(brp.findAll(postRequestedFor(urlEqualTo("/haalcentraal/api/bewoning/bewoningen")))).isEmpty();
    }

    @Test
    void theResidentsOnAnEarlierDateComeFromBewoningAndAreThenLookedUpByBsn() {
        brp.stubFor(post(urlEqualTo("/haalcentraal/api/brp/personen"))
                .withRequestBody(matchingJsonPath("$.type", equalTo("ZoekMetPostcodeEnHuisnummer")))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(opgenomen("zoek-met-postcode-en-huisnummer.json"))));
        brp.stubFor(post(urlEqualTo("/haalcentraal/api/bewoning/bewoningen"))
                .withRequestBody(equalToJson("""
                        {"type": "BewoningMetPeildatum", "adresseerbaarObjectIdentificatie": "0599010000208579",
                         "peildatum": "2019-06-01"}"""))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(opgenomen("bewoning-met-peildatum.json"))));
        brp.stubFor(post(urlEqualTo("/haalcentraal/api/brp/personen"))
                .withRequestBody(matchingJsonPath("$.type", equalTo("RaadpleegMetBurgerservicenummer")))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(opgenomen("raadpleeg-bewoners-op-peildatum.json"))));

        List<BrpPersoon> bewoners = client().bewoners(BOTERDIEP, LocalDate.of(2019, 6, 1));

        assertThat(bewoners).extracting(BrpPersoon::volledigeNaam).containsExactly("Suzanne van Moulin",
                "Johannes Visser");
        assertThat(bewoners.get(1).adres()).as("lives abroad now: no Dutch address").isNull();
        brp.verify(postRequestedFor(urlEqualTo("/haalcentraal/api/brp/personen"))
                .withHeader("X-API-KEY", equalTo(SLEUTEL))
                .withRequestBody(matchingJsonPath("$.burgerservicenummer", equalToJson(
                        "[\"999993653\", \"999991723\"]"))));
        brp.verify(postRequestedFor(urlEqualTo("/haalcentraal/api/bewoning/bewoningen"))
                .withHeader("X-API-KEY", equalTo(SLEUTEL)));
    }

    @Test
    void withoutBewoningAnEarlierDateCannotBeLookedUp() {
        personen("zoek-met-postcode-en-huisnummer.json");

        assertThatThrownBy(() -> client(false, Duration.ofSeconds(15)).bewoners(BOTERDIEP, LocalDate.of(2019, 6, 1)))
                .isInstanceOfSatisfying(BrpNietBeschikbaarException.class, fout -> {
                    assertThat(fout.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(fout.uitleg()).contains("BRP Bewoning is niet ingesteld");
                });
    }

    @Test
    void aRefusedKeyIsABadGatewayThatTellsTheWorkerToCallTheBeheerder(CapturedOutput log) {
        brp.stubFor(post(urlEqualTo("/haalcentraal/api/brp/personen")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 401, \"title\": \"Niet correct geauthenticeerd.\"}")));

        assertFout(() -> client().persoon("999993653"), HttpStatus.BAD_GATEWAY, "de koppeling is niet goed ingesteld");
        assertThat(log.getAll()).doesNotContain("999993653").doesNotContain(SLEUTEL).contains("HTTP status 401");
    }

    @Test
    void aRefusedQuestionIsABadGatewayWithoutTheRegistersWords(CapturedOutput log) {
        brp.stubFor(post(urlEqualTo("/haalcentraal/api/brp/personen")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(opgenomen("fout-400.json"))));

        assertFout(() -> client().persoon("999993653"), HttpStatus.BAD_GATEWAY, "De BRP gaf een fout");
        assertThat(log.getAll()).doesNotContain("999993653").doesNotContain("burgerservicenummer[0]");
    }

    @Test
    void anErrorOfTheRegisterIsABadGatewayAndBusyIsUnavailable() {
        brp.stubFor(post(urlEqualTo("/haalcentraal/api/brp/personen")).willReturn(aResponse().withStatus(500)));
        assertFout(() -> client().persoon("999993653"), HttpStatus.BAD_GATEWAY, "De BRP gaf een fout");

        brp.resetAll();
        brp.stubFor(post(urlEqualTo("/haalcentraal/api/brp/personen")).willReturn(aResponse().withStatus(503)));
        assertFout(() -> client().persoon("999993653"), HttpStatus.SERVICE_UNAVAILABLE, "te druk");

        brp.resetAll();
        brp.stubFor(post(urlEqualTo("/haalcentraal/api/brp/personen")).willReturn(aResponse().withStatus(429)));
        assertFout(() -> client().persoon("999993653"), HttpStatus.SERVICE_UNAVAILABLE, "te druk");
    }

    @Test
    void anUnreadableAnswerIsABadGateway() {
        brp.stubFor(post(urlEqualTo("/haalcentraal/api/brp/personen")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("<html>Onderhoud</html>")));
        assertFout(() -> client().persoon("999993653"), HttpStatus.BAD_GATEWAY, "onleesbaar antwoord");

        brp.resetAll();
        brp.stubFor(post(urlEqualTo("/haalcentraal/api/brp/personen")).willReturn(aResponse()
                .withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        assertThatThrownBy(() -> client().persoon("999993653")).isInstanceOf(BrpNietBeschikbaarException.class);
    }

    @Test
    void aSlowRegisterIsAGatewayTimeout(CapturedOutput log) {
        brp.stubFor(post(urlEqualTo("/haalcentraal/api/brp/personen")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(opgenomen("raadpleeg-met-bsn.json"))
                .withFixedDelay(8000)));

        long start = System.nanoTime();
        assertFout(() -> client(true, Duration.ofMillis(500)).persoon("999993653"), HttpStatus.GATEWAY_TIMEOUT,
                "niet op tijd");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
        assertThat(log.getAll()).contains("timeout").doesNotContain("999993653");
    }

    @Test
    void anUnreachableRegisterIsUnavailable() throws IOException {
        int vrij;
        try (ServerSocket socket = new ServerSocket(0)) {
            vrij = socket.getLocalPort();
        }
        HaalCentraalBrp nergens = new HaalCentraalBrp(new BrpProperties.HaalCentraal(true,
                URI.create("http://localhost:" + vrij + "/brp"), null, SLEUTEL, Duration.ofSeconds(1),
                Duration.ofSeconds(1)), RestClient.builder(), new ObjectMapper(), KLOK);

        assertFout(() -> nergens.persoon("999993653"), HttpStatus.SERVICE_UNAVAILABLE, "niet bereikbaar");
    }

    @Test
    void theApiKeyIsNotShownWhenTheSettingsArePrinted() {
        BrpProperties.HaalCentraal instellingen = new BrpProperties.HaalCentraal(true, URI.create("https://brp"),
                null, SLEUTEL, Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(instellingen.toString()).doesNotContain(SLEUTEL);
    }

    private static void assertFout(Runnable opzoeking, HttpStatus status, String uitleg) {
        assertThatThrownBy(opzoeking::run).isInstanceOfSatisfying(BrpNietBeschikbaarException.class, fout -> {
            assertThat(fout.getStatusCode()).isEqualTo(status);
            assertThat(fout.uitleg()).contains(uitleg).doesNotContain("999993653");
            assertThat(fout.getCause()).isNull();
        });
    }

    private static String opgenomen(String bestand) {
        try (InputStream in = HaalCentraalBrpTest.class.getResourceAsStream("/brp/haal-centraal/" + bestand)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
