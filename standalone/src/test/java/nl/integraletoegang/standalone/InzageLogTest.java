package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every read of a household's personal data leaves an entry in the access log, which auditors can query and nobody
 * can change: no endpoint writes it, and the database refuses updates, deletes and truncation. The dossier export
 * holds everything about the household, its own export included.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InzageLogTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "inzagelog");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private record Huishouden(String id, String casus, String bsn) {
    }

    private Huishouden melding() {
        String huishouden = "hh-inzage-" + UUID.randomUUID();
        // one BSN in at most one household with an open casus: each household of this test its own
        String bsn = TestBsn.nieuw();
        ApiClient.Answer melding = new ApiClient(port, "anna").post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "INLOOP", "levensdomeinen", List.of("WMO_ONDERSTEUNING"), "omschrijving", "Traplift nodig",
                "leden", List.of(Map.of("naam", "Joost Bakker", "geboortedatum", "1950-07-30", "bsn", bsn))));
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);
        return new Huishouden(huishouden, melding.body().get("casusId").asText(), bsn);
    }

    private JsonNode log(String query) {
        ApiClient.Answer answer = new ApiClient(port, "aart").get("/api/inzage-log?" + query);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM inzage_log").query(Long.class).single();
    }

    @Test
    void readsOfPersonalDataAreLoggedWithWhoWhatWhenAndWhere() {
        Huishouden huishouden = melding();
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient.Answer overzicht = await().atMost(Duration.ofSeconds(20))
                .until(() -> anna.get("/api/huishoudens/" + huishouden.id()), answer -> answer.status() == 200);
        await().atMost(Duration.ofSeconds(20)).until(
                () -> anna.get("/api/casussen/" + huishouden.casus() + "/historie").status() == 200);
        // a refused read is not a read: bram's guess leaves nothing
        assertThat(new ApiClient(port, "bram").get("/api/huishoudens/" + huishouden.id()).status()).isEqualTo(404);

        JsonNode entries = log("huishoudenId=" + huishouden.id());
        assertThat(entries.get("total").asLong()).isEqualTo(2);
        JsonNode historie = entries.at("/items/0");
        assertThat(historie.get("gebruiker").asText()).isEqualTo("anna");
        assertThat(historie.get("rol").asText()).isEqualTo("TOEGANGSMEDEWERKER");
        assertThat(historie.get("team").asText()).isEqualTo("WMO");
        assertThat(historie.get("casusId").asText()).isEqualTo(huishouden.casus());
        assertThat(historie.get("endpoint").asText()).isEqualTo("GET /api/casussen/{casusId}/historie");
        assertThat(historie.get("tijdstip").asText()).isNotBlank();
        JsonNode overzichtEntry = entries.at("/items/1");
        assertThat(overzichtEntry.get("endpoint").asText()).isEqualTo("GET /api/huishoudens/{huishoudenId}");
        // the overview shows the open casus, so its entry names it
        assertThat(overzichtEntry.get("casusId").asText()).isEqualTo(huishouden.casus());
        assertThat(overzichtEntry.get("correlatieId").asText())
                .isEqualTo(overzicht.headers().getFirst("X-Correlation-Id"));

        assertThat(log("huishoudenId=" + huishouden.id() + "&gebruiker=bram").get("total").asLong()).isZero();
        // the log's days are Dutch days, whatever the clock of the machine says
        String vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        assertThat(log("huishoudenId=" + huishouden.id() + "&van=" + vandaag + "&tot=" + vandaag).get("total")
                .asLong()).isEqualTo(2);
        assertThat(log("huishoudenId=" + huishouden.id() + "&tot=2020-01-01").get("total").asLong()).isZero();
        assertThat(new ApiClient(port, "aart").get("/api/inzage-log?van=2026-02-01&tot=2026-01-01").status())
                .isEqualTo(400);
    }

    @Test
    void theEscalationQueueShowsExplanationsAndLogsEachHouseholdOnIt() {
        Huishouden huishouden = melding();
        ApiClient anna = new ApiClient(port, "anna");
        String pad = "/api/huishoudens/" + huishouden.id() + "/casussen/" + huishouden.casus();
        String hulpvraag = await().atMost(Duration.ofSeconds(20))
                .until(() -> anna.get("/api/huishoudens/" + huishouden.id()), answer -> answer.status() == 200)
                .body().at("/openCasus/hulpvragen/0/hulpvraagId").asText();
        assertThat(anna.post(pad + "/triage", Map.of("integraleHulpvraag", "Traplift", "levensdomeinen",
                List.of("WMO_ONDERSTEUNING"), "urgentie", "NORMAAL", "zwaarsteVraagstukHulpvraagId", hulpvraag,
                "regisseur", Map.of("gebruikersnaam", "anna", "team", "WMO"))).status()).isEqualTo(200);
        assertThat(anna.post(pad + "/escalaties", Map.of("reden", "KETEN_STAGNEERT", "toelichting", "Leverancier "
                + "wacht op indicatie")).status()).isEqualTo(201);
        ApiClient petra = new ApiClient(port, "petra");
        await().atMost(Duration.ofSeconds(20)).until(() -> petra.get("/api/escalaties?size=100").body().toString()
                .contains(huishouden.id()));

        JsonNode entries = log("huishoudenId=" + huishouden.id() + "&gebruiker=petra");
        assertThat(entries.get("total").asLong()).isPositive();
        assertThat(entries.at("/items/0/endpoint").asText()).isEqualTo("GET /api/escalaties");
        assertThat(entries.at("/items/0/casusId").asText()).isEqualTo(huishouden.casus());
        assertThat(entries.at("/items/0/rol").asText()).isEqualTo("PROCESREGISSEUR");
    }

    @Test
    void onlyAuditorsReadTheLogAndNoEndpointWritesIt() {
        Huishouden huishouden = melding();
        await().atMost(Duration.ofSeconds(20)).until(
                () -> new ApiClient(port, "anna").get("/api/huishoudens/" + huishouden.id()).status() == 200);
        long before = rows();
        for (String user : List.of("anna", "petra", "dirk", "maria", "bea")) {
            assertThat(new ApiClient(port, user).get("/api/inzage-log").status()).as(user).isEqualTo(403);
        }
        List<Integer> writes = new ArrayList<>();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            writes.add(HttpProbe.status(port, method, "/api/inzage-log", HttpProbe.basic("aart")));
            writes.add(HttpProbe.status(port, method, "/api/inzage-log/1", HttpProbe.basic("aart")));
            writes.add(HttpProbe.status(port, method, "/api/inzage-log", HttpProbe.basic("bea")));
        }
        assertThat(writes).containsOnly(403);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        Huishouden huishouden = melding();
        await().atMost(Duration.ofSeconds(20)).until(
                () -> new ApiClient(port, "anna").get("/api/huishoudens/" + huishouden.id()).status() == 200);
        long before = rows();
        assertThatThrownBy(() -> jdbc.sql("UPDATE inzage_log SET gebruiker = 'niemand'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM inzage_log").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE inzage_log").update()).hasMessageContaining("append-only");
        assertThat(rows()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM inzage_log WHERE gebruiker = 'niemand'").query(Long.class).single())
                .isZero();
    }

    @Test
    void theDossierHoldsEverythingAboutTheHouseholdAndIsLogged() {
        Huishouden huishouden = melding();
        ApiClient aart = new ApiClient(port, "aart");
        await().atMost(Duration.ofSeconds(20)).until(
                () -> aart.get("/api/casussen/" + huishouden.casus() + "/historie").status() == 200);
        await().atMost(Duration.ofSeconds(20)).until(
                () -> new ApiClient(port, "anna").get("/api/huishoudens/" + huishouden.id()).status() == 200);

        ApiClient.Answer export = aart.get("/api/huishoudens/" + huishouden.id() + "/dossier");
        assertThat(export.status()).as(export.body().toString()).isEqualTo(200);
        JsonNode dossier = export.body();
        assertThat(dossier.get("huishoudenId").asText()).isEqualTo(huishouden.id());
        List<String> types = new ArrayList<>();
        dossier.get("gebeurtenissen").forEach(event -> types.add(event.get("type").asText()));
        assertThat(types).contains("CasusOpened", "LidRegistered", "MeldingRegistered");
        JsonNode lid = dossier.get("gebeurtenissen").findParent("bsn");
        assertThat(lid.get("naam").asText()).isEqualTo("Joost Bakker");
        assertThat(lid.get("bsn").asText()).isEqualTo(huishouden.bsn()).hasSize(9);
        assertThat(dossier.at("/gebeurtenissen/0/metadata/actor").asText()).isEqualTo("anna");
        assertThat(dossier.at("/gebeurtenissen/0/tijdstip").asText()).isNotBlank();
        assertThat(dossier.at("/overzicht/leden/0/naam").asText()).isEqualTo("Joost Bakker");
        assertThat(dossier.at("/casushistorie/0/casusId").asText()).isEqualTo(huishouden.casus());
        assertThat(dossier.at("/casushistorie/0/regels").size()).isPositive();
        List<String> inzages = new ArrayList<>();
        dossier.get("inzages").forEach(entry -> inzages.add(entry.get("gebruiker").asText() + " "
                + entry.get("endpoint").asText()));
        assertThat(inzages).contains("aart GET /api/huishoudens/{huishoudenId}/dossier",
                "aart GET /api/casussen/{casusId}/historie", "anna GET /api/huishoudens/{huishoudenId}");

        // the worker of another team cannot export it, the managers never
        assertThat(new ApiClient(port, "bram").get("/api/huishoudens/" + huishouden.id() + "/dossier").status())
                .isEqualTo(404);
        assertThat(new ApiClient(port, "maria").get("/api/huishoudens/" + huishouden.id() + "/dossier").status())
                .isEqualTo(403);
        assertThat(aart.get("/api/huishoudens/hh-bestaat-niet/dossier").status()).isEqualTo(404);
    }
}
