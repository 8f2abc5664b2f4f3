package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The BRP lookup of the standalone version (the fictitious residents of Deventer) through the API and the melding
 * form without script: who may look up, the strict terms (400 naming the parameter, never echoing it), 404 for an
 * unknown person, and an access-log entry per lookup that names its kind and not the BSN or address asked for.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrpOpzoekingTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "brp");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aToegangsmedewerkerLooksUpAPersonByBsn() {
        ApiClient.Answer fatima = new ApiClient(port, "anna").get("/api/brp/personen/999990019");

        assertThat(fatima.status()).as(fatima.body().toString()).isEqualTo(200);
        assertThat(fatima.body().get("voornamen").asText()).isEqualTo("Fatima");
        assertThat(fatima.body().get("voorvoegsel").asText()).isEqualTo("el");
        assertThat(fatima.body().get("geslachtsnaam").asText()).isEqualTo("Amrani");
        assertThat(fatima.body().get("geboortedatum").asText()).isEqualTo("1968-04-03");
        assertThat(fatima.body().at("/adres/postcode").asText()).isEqualTo("7411KL");
        assertThat(fatima.body().at("/adres/huisletter").asText()).isEqualTo("A");
        assertThat(fatima.body().at("/adres/straat").asText()).isEqualTo("Kerkstraat");

        ApiClient.Answer onbekend = new ApiClient(port, "bram").get("/api/brp/personen/999990007");
        assertThat(onbekend.status()).isEqualTo(404);
        assertThat(onbekend.body().get("detail").asText()).isEqualTo("De BRP kent geen persoon met dit BSN.");
        assertThat(onbekend.body().toString()).doesNotContain("999990007");
    }

    @Test
    void theResidentsAtAnAddressAreFoundTodayAndOnAnEarlierDate() {
        ApiClient anna = new ApiClient(port, "anna");

        JsonNode vandaag = anna.get("/api/brp/bewoners?postcode=7412ax&huisnummer=40").body();
        assertThat(namen(vandaag)).containsExactly("Lukas", "Sanne", "Noah");

        JsonNode toen = anna.get("/api/brp/bewoners?postcode=7412AX&huisnummer=40&peildatum=2018-01-01").body();
        assertThat(namen(toen)).containsExactly("Lukas", "Daan");

        assertThat(anna.get("/api/brp/bewoners?postcode=7411BT&huisnummer=3&toevoeging=2").body()).hasSize(2);
        assertThat(anna.get("/api/brp/bewoners?postcode=7411BT&huisnummer=5").body()).isEmpty();
    }

    @Test
    void strictTermsAreRefusedByNameWithoutEchoingThem() {
        ApiClient anna = new ApiClient(port, "anna");
        Map<String, String> fouten = Map.of(
                "/api/brp/personen/999990018", "bsn",
                "/api/brp/personen/<script>", "bsn",
                "/api/brp/bewoners?postcode=<script>&huisnummer=12", "postcode",
                "/api/brp/bewoners?postcode=7411KL&huisnummer=0", "huisnummer",
                "/api/brp/bewoners?postcode=7411KL&huisnummer=12&huisletter=AB", "huisletter",
                "/api/brp/bewoners?postcode=7411KL&huisnummer=12&toevoeging=<b>", "toevoeging",
                "/api/brp/bewoners?postcode=7411KL&huisnummer=12&peildatum=2999-01-01", "peildatum");
        fouten.forEach((pad, parameter) -> {
            ApiClient.Answer antwoord = anna.get(pad);
            assertThat(antwoord.status()).as(pad).isEqualTo(400);
            assertThat(antwoord.body().has("title")).as(pad + " " + antwoord.body()).isTrue();
            assertThat(antwoord.body().get("title").asText()).isEqualTo("Ongeldige parameter");
            assertThat(antwoord.body().get("parameter").asText()).as(pad).isEqualTo(parameter);
            assertThat(antwoord.body().toString()).doesNotContain("<script>", "<b>", "999990018", "2999");
        });
        assertThat(anna.get("/api/brp/bewoners?postcode=7411KL&huisnummer=twaalf").status()).isEqualTo(400);
        assertThat(anna.get("/api/brp/bewoners?huisnummer=12").status()).isEqualTo(400);
    }

    @Test
    void onlyToegangsmedewerkersLookUp() {
        for (String gebruiker : List.of("petra", "dirk", "maria", "aart", "bea")) {
            assertThat(new ApiClient(port, gebruiker).get("/api/brp/personen/999990019").status()).as(gebruiker)
                    .isEqualTo(403);
            assertThat(new ApiClient(port, gebruiker).get("/api/brp/bewoners?postcode=7411KL&huisnummer=12")
                    .status()).as(gebruiker).isEqualTo(403);
        }
        assertThat(ApiClient.anonymous(port).get("/api/brp/personen/999990019").status()).isEqualTo(401);
    }

    @Test
    void everyLookupIsInTheAccessLogByKindWithoutWhatWasAsked() {
        long voor = aantal("jet");
        ApiClient jet = new ApiClient(port, "jet");
        assertThat(jet.get("/api/brp/personen/999990044").status()).isEqualTo(200);
        assertThat(jet.get("/api/brp/bewoners?postcode=7411BT&huisnummer=3").status()).isEqualTo(200);
        assertThat(jet.get("/api/brp/personen/999990007").status()).as("a lookup that finds no one").isEqualTo(404);
        assertThat(jet.get("/api/brp/personen/123").status()).as("refused terms are no lookup").isEqualTo(400);

        List<Map<String, Object>> regels = jdbc.sql("""
                        SELECT opzoeking, endpoint, huishouden_id, team FROM inzage_log
                        WHERE gebruiker = 'jet' ORDER BY id DESC LIMIT 3""").query().listOfRows();
        assertThat(aantal("jet") - voor).isEqualTo(3);
        assertThat(regels).extracting(regel -> regel.get("opzoeking")).containsExactly("BRP_PERSOON_OP_BSN",
                "BRP_BEWONERS_OP_ADRES", "BRP_PERSOON_OP_BSN");
        assertThat(regels).extracting(regel -> regel.get("endpoint")).containsExactly(
                "GET /api/brp/personen/{bsn}", "GET /api/brp/bewoners", "GET /api/brp/personen/{bsn}");
        assertThat(regels).allSatisfy(regel -> {
            assertThat(regel.get("huishouden_id")).isNull();
            assertThat(regel.get("team")).isEqualTo("JEUGD");
            assertThat(regel.toString()).doesNotContain("9999", "7411");
        });
        JsonNode auditor = new ApiClient(port, "aart").get("/api/inzage-log?gebruiker=jet").body();
        assertThat(auditor.at("/items/0/opzoeking").asText()).isEqualTo("BRP_PERSOON_OP_BSN");
    }

    @Test
    void theMeldingFormIsFilledFromTheBrpWithoutScript() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString("anna:anna".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> pagina = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/meldingen/nieuw")).header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.body()).contains("Vul aan uit BRP").contains("formaction=\"/meldingen/brp\"");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(pagina.body());
        assertThat(token.find()).isTrue();
        String sessie = pagina.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];

        HttpResponse<String> aangevuld = post(http, basic, sessie, Map.of("_csrf", token.group(1),
                "brp.postcode", "7411 kl", "brp.huisnummer", "12", "leden[0].naam", "Fatima el Amrani",
                "leden[0].bsn", "999990019"));
        assertThat(aangevuld.statusCode()).isEqualTo(200);
        assertThat(aangevuld.body())
                .contains("De BRP vond 3 personen op Kerkstraat 12A, 7411KL Deventer. 2 ingevuld bij de leden")
                .contains("value=\"Karim el Amrani\"", "value=\"Youssef el Amrani\"", "value=\"2009-11-21\"",
                        "value=\"999990032\"", "value=\"7411KL\"")
                .doesNotContain("De melding is geregistreerd");
        assertThat(aangevuld.body().split("value=\"Fatima el Amrani\"", -1)).as("not added twice").hasSize(2);

        HttpResponse<String> fout = post(http, basic, sessie, Map.of("_csrf", token.group(1),
                "brp.postcode", "<script>", "brp.huisnummer", "12"));
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(fout.body()).contains("Geef een postcode van 4 cijfers en 2 letters, zoals 7411KL.")
                .doesNotContain("<script>");

        HttpResponse<String> niemand = post(http, basic, sessie, Map.of("_csrf", token.group(1),
                "brp.postcode", "7411KL", "brp.huisnummer", "99"));
        assertThat(niemand.statusCode()).isEqualTo(200);
        assertThat(niemand.body()).contains("De BRP kent niemand op dit adres.");
    }

    private HttpResponse<String> post(HttpClient http, String basic, String sessie, Map<String, String> velden)
            throws IOException, InterruptedException {
        String formulier = velden.entrySet().stream()
                .map(veld -> URLEncoder.encode(veld.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(veld.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/meldingen/brp"))
                .header("Authorization", basic).header("Cookie", sessie).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long aantal(String gebruiker) {
        return jdbc.sql("SELECT count(*) FROM inzage_log WHERE gebruiker = :g").param("g", gebruiker)
                .query(Long.class).single();
    }

    private static List<String> namen(JsonNode personen) {
        return personen.findValues("voornamen").stream().map(JsonNode::asText).toList();
    }
}
