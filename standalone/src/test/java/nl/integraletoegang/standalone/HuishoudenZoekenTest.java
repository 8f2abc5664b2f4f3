package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.integraletoegang.query.beheer.Projecties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Find before you register: access workers find a household by BSN, by name (case, accents, hyphens, a prefix or a
 * typo do not matter) and by name with date of birth, see only its label, initials, birth years, whether a casus is
 * open and the regisseur's team; the melding form's match proposal says why a household matches. Only access
 * workers search; every search is logged without its terms; erasure takes a person out of the index; a rebuild gives
 * the same answers.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HuishoudenZoekenTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "zoeken");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Projecties projecties;

    private String melding(Map<String, Object>... leden) {
        String huishouden = "hh-zoek-" + UUID.randomUUID();
        ApiClient.Answer melding = new ApiClient(port, "anna").post("/api/meldingen", Map.of("huishoudenId",
                huishouden, "kanaal", "INLOOP", "levensdomeinen", List.of("SCHULDEN"), "omschrijving",
                "Schulden", "leden", List.of(leden)));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        return huishouden;
    }

    private static Map<String, Object> lid(String naam, String geboortedatum, String bsn) {
        return bsn == null ? Map.of("naam", naam, "geboortedatum", geboortedatum)
                : Map.of("naam", naam, "geboortedatum", geboortedatum, "bsn", bsn);
    }

    private JsonNode zoek(String query) {
        ApiClient.Answer antwoord = new ApiClient(port, "anna").get("/api/huishoudens/zoeken?" + query);
        assertThat(antwoord.status()).as(query + " -> " + antwoord.body()).isEqualTo(200);
        return antwoord.body();
    }

    private List<String> gevonden(String query) {
        List<String> ids = new ArrayList<>();
        zoek(query).get("items").forEach(item -> ids.add(item.get("huishoudenId").asText()));
        return ids;
    }

    /** The client encodes the query string itself (UTF-8), so the name goes in as typed. */
    private static String naam(String naam) {
        return "naam=" + naam;
    }

    @Test
    void findsByBsnByNameWithTyposAndByNameWithDateOfBirthShowingOnlyWhatRecognisesTheHousehold() {
        String elAmrani = melding(lid("Fatima El-Amrani", "1981-04-12", "111222333"),
                lid("Youssef El-Amrani", "2012-09-30", null));
        String muller = melding(lid("Hans Müller", "1955-01-02", "123456782"));
        await().atMost(Duration.ofSeconds(20)).until(() -> gevonden("bsn=123456782").contains(muller));

        assertThat(gevonden("bsn=111222333")).containsExactly(elAmrani);
        for (String zoekterm : List.of("el amrani", "El-Amrani", "EL AMRANI", "el amr", "amrani", "Amrnai",
                "fatima el amrani", "Youssef")) {
            assertThat(gevonden(naam(zoekterm))).as(zoekterm).contains(elAmrani).doesNotContain(muller);
        }
        for (String zoekterm : List.of("Muller", "müller", "Mülller", "hans m")) {
            assertThat(gevonden(naam(zoekterm))).as(zoekterm).contains(muller).doesNotContain(elAmrani);
        }
        assertThat(gevonden(naam("el amrani") + "&geboortedatum=2012-09-30")).containsExactly(elAmrani);
        assertThat(gevonden(naam("el amrani") + "&geboortedatum=2012-09-29")).isEmpty();
        assertThat(gevonden(naam("Jansen"))).isEmpty();

        JsonNode antwoord = zoek("bsn=111222333");
        assertThat(antwoord.get("total").asLong()).isEqualTo(1);
        JsonNode item = antwoord.at("/items/0");
        assertThat(item.get("label").asText()).isEqualTo("Huishouden El-Amrani");
        assertThat(item.get("openCasus").asBoolean()).isTrue();
        assertThat(item.get("leden")).hasSize(2);
        assertThat(item.at("/leden/0/initialen").asText()).isEqualTo("F.E.A.");
        assertThat(item.at("/leden/0/geboortejaar").asInt()).isEqualTo(1981);
        assertThat(item.at("/leden/1/geboortejaar").asInt()).isEqualTo(2012);
        // no first names, no dates of birth, no BSN: just enough to recognise the household
        assertThat(antwoord.toString()).doesNotContain("Fatima", "Youssef", "1981-04-12", "111222333");
    }

    @Test
    void theMatchProposalSaysWhyAHouseholdMatches() {
        String huishouden = melding(lid("Anouk de Boer-Çelik", "1990-06-15", "222333443"));
        await().atMost(Duration.ofSeconds(20)).until(() -> gevonden("bsn=222333443").contains(huishouden));
        ApiClient anna = new ApiClient(port, "anna");

        ApiClient.Answer opBsn = anna.post("/api/huishoudens/overeenkomsten",
                Map.of("leden", List.of(Map.of("naam", "Iemand Anders", "bsn", "222333443"))));
        assertThat(opBsn.status()).as(opBsn.body().toString()).isEqualTo(200);
        assertThat(opBsn.body().at("/0/huishoudenId").asText()).isEqualTo(huishouden);
        assertThat(opBsn.body().at("/0/redenen").toString()).contains("BSN");

        ApiClient.Answer opNaam = anna.post("/api/huishoudens/overeenkomsten",
                Map.of("leden", List.of(Map.of("naam", "anouk de boer celik", "geboortedatum", "1990-06-15"))));
        assertThat(opNaam.status()).isEqualTo(200);
        assertThat(opNaam.body().at("/0/huishoudenId").asText()).isEqualTo(huishouden);
        assertThat(opNaam.body().at("/0/redenen").toString()).contains("NAAM_GEBOORTEDATUM").doesNotContain("BSN");

        ApiClient.Answer andereDag = anna.post("/api/huishoudens/overeenkomsten",
                Map.of("leden", List.of(Map.of("naam", "Anouk de Boer", "geboortedatum", "1990-06-16"))));
        assertThat(andereDag.body().toString()).doesNotContain(huishouden);

        assertThat(anna.post("/api/huishoudens/overeenkomsten",
                Map.of("leden", List.of(Map.of("bsn", "123456789")))).status()).isEqualTo(400);
        assertThat(anna.post("/api/huishoudens/overeenkomsten",
                Map.of("adres", Map.of("postcode", "12AB", "huisnummer", 3))).status()).isEqualTo(400);
        assertThat(anna.post("/api/huishoudens/overeenkomsten",
                Map.of("adres", Map.of("postcode", "7411AB", "huisnummer", 100000))).status()).isEqualTo(400);
    }

    @Test
    void badSearchesAreRefusedWithoutEchoAndOnlyAccessWorkersSearch() {
        for (String query : List.of("bsn=123456789", "bsn=12345", "postcode=7411AB", "huisnummer=12",
                "postcode=ABCDEF&huisnummer=1", "postcode=7411AB&huisnummer=0", "postcode=7411AB&huisnummer=x",
                "naam=a", "naam=%3Cscript%3E", "naam=Jansen&geboortedatum=morgen", "geboortedatum=2000-01-01",
                "bsn=111222333&naam=Jansen", "", "naam=Jansen&geboortedatum=%2B999999999-01-01")) {
            ApiClient.Answer antwoord = new ApiClient(port, "anna").get("/api/huishoudens/zoeken?" + query);
            assertThat(antwoord.status()).as(query).isEqualTo(400);
            assertThat(antwoord.body().get("detail").asText()).as(query).doesNotContain("123456789", "script",
                    "morgen");
        }
        for (String gebruiker : List.of("petra", "dirk", "maria", "aart", "bea")) {
            assertThat(new ApiClient(port, gebruiker).get("/api/huishoudens/zoeken?naam=Jansen").status())
                    .as(gebruiker).isEqualTo(403);
            assertThat(new ApiClient(port, gebruiker).post("/api/huishoudens/overeenkomsten", Map.of()).status())
                    .as(gebruiker).isEqualTo(403);
        }
        assertThat(ApiClient.anonymous(port).get("/api/huishoudens/zoeken?naam=Jansen").status()).isEqualTo(401);
    }

    @Test
    void everySearchIsLoggedWithTheHouseholdsShownAndWithoutItsTerms() {
        String huishouden = melding(lid("Pieter Zwaluw", "1970-01-01", "333444553"));
        await().atMost(Duration.ofSeconds(20)).until(() -> gevonden("bsn=333444553").contains(huishouden));
        long voor = jdbc.sql("SELECT count(*) FROM zoek_log").query(Long.class).single();
        gevonden(naam("Zwaluw"));
        gevonden(naam("Niemandsnaam"));

        record Regel(String gebruiker, String soort, List<String> huishoudens, String alles) {
        }
        List<Regel> regels = jdbc.sql("SELECT gebruiker, soort, huishoudens, zoek_log::text AS alles FROM zoek_log "
                        + "ORDER BY id OFFSET :voor")
                .param("voor", voor)
                .query((rs, n) -> new Regel(rs.getString(1), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getString(4)))
                .list();
        assertThat(regels).hasSize(2);
        assertThat(regels.get(0).gebruiker()).isEqualTo("anna");
        assertThat(regels.get(0).soort()).isEqualTo("NAAM");
        assertThat(regels.get(0).huishoudens()).containsExactly(huishouden);
        assertThat(regels.get(1).huishoudens()).isEmpty();
        assertThat(regels).allSatisfy(regel -> assertThat(regel.alles().toLowerCase())
                .doesNotContain("zwaluw", "niemandsnaam"));
        // the BSN search before it left no BSN either
        assertThat(jdbc.sql("SELECT count(*) FROM zoek_log WHERE zoek_log::text LIKE '%333444553%'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM inzage_log WHERE huishouden_id = :id AND gebruiker = 'anna' "
                        + "AND endpoint = 'GET /api/huishoudens/zoeken'")
                .param("id", huishouden).query(Long.class).single()).isGreaterThanOrEqualTo(2);
        // the index keeps no BSN
        assertThat(jdbc.sql("SELECT count(*) FROM zoek_persoon WHERE zoek_persoon::text LIKE '%333444553%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void erasureTakesThePersonOutOfTheIndexAndARebuildGivesTheSameAnswers() throws Exception {
        String huishouden = melding(lid("Gert Wisseling", "1960-02-02", "444555663"),
                lid("Ria Blijvers", "1962-03-03", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> gevonden("bsn=444555663").contains(huishouden));
        String persoon = jdbc.sql("SELECT persoon_id FROM zoek_persoon WHERE naam = 'Gert Wisseling'")
                .query(String.class).single();
        assertThat(new ApiClient(port, "bea").post("/api/beheer/huishoudens/" + huishouden + "/persoonsgegevens/"
                + persoon + "/wissing", Map.of("reden", "Bewaartermijn verstreken")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> gevonden("bsn=444555663").isEmpty());
        assertThat(gevonden(naam("Wisseling"))).isEmpty();
        assertThat(gevonden(naam("Blijvers"))).containsExactly(huishouden);
        assertThat(zoek(naam("Blijvers")).at("/items/0/label").asText()).isEqualTo("Huishouden Blijvers");

        projecties.herbouw("zoekindex");
        await().atMost(Duration.ofSeconds(30)).until(() -> gevonden(naam("Blijvers")).contains(huishouden));
        assertThat(gevonden("bsn=444555663")).isEmpty();
        assertThat(gevonden(naam("Wisseling"))).isEmpty();
        assertThat(zoek(naam("Blijvers")).at("/items/0/label").asText()).isEqualTo("Huishouden Blijvers");
    }
}
