package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The first slice through all layers on the embedded PostgreSQL: a melding over HTTP becomes an event row,
 * the projections pick it up, and the household overview and the casus history show it over HTTP.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeldingSliceTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "slice");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void aMeldingForANewHouseholdOpensACasusThatTheOverviewAndHistoryShow() {
        ApiClient anna = new ApiClient(port, "anna");
        String huishouden = UUID.randomUUID().toString();

        ApiClient.Answer registered = anna.postRaw("/api/meldingen", """
                {"huishoudenId": "%s", "kanaal": "TELEFOON", "levensdomeinen": ["SCHULDEN", "WONEN"],
                 "omschrijving": "Huurachterstand van drie maanden"}""".formatted(huishouden),
                Map.of("X-Correlation-Id", "test-correlatie-1"));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.body().get("casusOpened").asBoolean()).isTrue();
        String casusId = registered.body().get("casusId").asText();
        assertThat(registered.headers().getLocation()).hasToString("/api/huishoudens/" + huishouden);

        // the events are rows in PostgreSQL, JSON in bytea, with the audit metadata of the request
        List<String> types = jdbc.sql("""
                        SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = :id ORDER BY sequencenumber""")
                .param("id", huishouden).query(String.class).list();
        assertThat(types).containsExactly("nl.integraletoegang.api.casus.CasusOpened",
                "nl.integraletoegang.api.casus.MeldingRegistered");
        String metadata = new String(jdbc.sql("""
                        SELECT metadata FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = 1""")
                .param("id", huishouden).query(byte[].class).single(), StandardCharsets.UTF_8);
        assertThat(metadata).contains("\"actor\":\"anna\"", "\"role\":\"TOEGANGSMEDEWERKER\"", "\"team\":\"WMO\"",
                "\"correlationId\":\"test-correlatie-1\"");

        JsonNode overzicht = awaitOverzicht(anna, huishouden, 1);
        assertThat(overzicht.at("/openCasus/casusId").asText()).isEqualTo(casusId);
        JsonNode hulpvraag = overzicht.at("/openCasus/hulpvragen/0");
        assertThat(hulpvraag.get("kanaal").asText()).isEqualTo("TELEFOON");
        assertThat(hulpvraag.get("team").asText()).isEqualTo("WMO");
        assertThat(hulpvraag.get("levensdomeinen")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("SCHULDEN", "WONEN");

        JsonNode historie = awaitHistorie(anna, casusId, 2);
        JsonNode geopend = historie.at("/regels/0");
        assertThat(geopend.get("gebeurtenis").asText()).isEqualTo("Casus geopend");
        assertThat(geopend.get("actor").asText()).isEqualTo("anna");
        assertThat(geopend.get("rol").asText()).isEqualTo("TOEGANGSMEDEWERKER");
        assertThat(geopend.get("correlatieId").asText()).isEqualTo("test-correlatie-1");
        assertThat(geopend.get("tijdstip").asText()).isNotBlank();
        assertThat(historie.at("/regels/1/gebeurtenis").asText()).isEqualTo("Melding geregistreerd");
    }

    @Test
    void aSecondMeldingJoinsTheOpenCasusAsANewHulpvraag() {
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient bram = new ApiClient(port, "bram");
        String huishouden = UUID.randomUUID().toString();

        String casusId = anna.post("/api/meldingen", melding(huishouden, "WMO_ONDERSTEUNING")).body()
                .get("casusId").asText();
        ApiClient.Answer second = bram.post("/api/meldingen", melding(huishouden, "SCHULDEN"));

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().get("casusId").asText()).isEqualTo(casusId);
        assertThat(second.body().get("casusOpened").asBoolean()).isFalse();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE aggregateidentifier = :id AND payloadtype LIKE '%CasusOpened'""")
                .param("id", huishouden).query(Long.class).single()).isEqualTo(1);

        JsonNode overzicht = awaitOverzicht(anna, huishouden, 2);
        assertThat(overzicht.at("/openCasus/hulpvragen").findValuesAsText("team"))
                .containsExactly("WMO", "SCHULDHULP");
        JsonNode historie = awaitHistorie(anna, casusId, 3);
        assertThat(historie.at("/regels/2/actor").asText()).isEqualTo("bram");
        assertThat(historie.at("/regels/2/team").asText()).isEqualTo("SCHULDHULP");
    }

    @Test
    void invalidInputIsAnsweredWithADutchProblemAndWritesNothing() {
        ApiClient anna = new ApiClient(port, "anna");
        long eventsBefore = eventCount();

        // without huishoudenId a melding registers a new household (BsnInOpenCasusHttpTest); without kanaal it is
        // incomplete
        ApiClient.Answer missingChannel = anna.postRaw("/api/meldingen",
                "{\"huishoudenId\": \"h-x\", \"levensdomeinen\": [\"WONEN\"]}", Map.of());
        assertProblem(missingChannel, "De invoer is niet volledig of niet juist.");
        assertThat(missingChannel.body().at("/fouten/0/veld").asText()).isEqualTo("kanaal");
        assertThat(missingChannel.body().at("/fouten/0/melding").asText())
                .isEqualTo("Geef aan via welk kanaal de melding binnenkwam.");

        ApiClient.Answer unknownDomain = anna.postRaw("/api/meldingen",
                "{\"huishoudenId\": \"h-x\", \"kanaal\": \"TELEFOON\", \"levensdomeinen\": [\"ASTROLOGIE\"]}",
                Map.of());
        assertProblem(unknownDomain, "Het veld 'levensdomeinen[0]' verwacht een van: WMO_ONDERSTEUNING, JEUGD");
        assertThat(unknownDomain.body().get("detail").asText()).doesNotContain("ASTROLOGIE");

        ApiClient.Answer noDomain = anna.postRaw("/api/meldingen",
                "{\"huishoudenId\": \"h-x\", \"kanaal\": \"TELEFOON\", \"levensdomeinen\": []}", Map.of());
        assertProblem(noDomain, "De invoer is niet volledig of niet juist.");
        assertThat(noDomain.body().at("/fouten/0/melding").asText()).isEqualTo("Kies ten minste één levensdomein.");

        ApiClient.Answer malformed = anna.postRaw("/api/meldingen", "{\"huishoudenId\": \"h-x\", \"kanaal\": ", Map.of());
        assertProblem(malformed, "De invoer is geen geldige JSON.");

        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void readsOfUnknownHouseholdsAndCasussenAreNotFound() {
        ApiClient anna = new ApiClient(port, "anna");
        ApiClient.Answer household = anna.get("/api/huishoudens/" + UUID.randomUUID());
        assertThat(household.status()).isEqualTo(404);
        assertThat(household.body().get("detail").asText()).isEqualTo("Er is geen huishouden met dit id.");
        assertThat(anna.get("/api/casussen/" + UUID.randomUUID() + "/historie").status()).isEqualTo(404);
    }

    @Test
    void theApiNeedsAnAuthenticatedUser() {
        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.post("/api/meldingen", melding("h-anon", "WONEN")).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/huishoudens/h-anon").status()).isEqualTo(401);
        assertThat(new ApiClient(port, "nobody").get("/api/huishoudens/h-anon").status()).isEqualTo(401);
    }

    @Test
    void aLoginLeavesTheDemoPasswordUnhashedSoLaterRequestsNeedNoBcryptCheck() {
        ApiClient bram = new ApiClient(port, "bram");
        assertThat(bram.get("/api/huishoudens/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(bram.get("/api/huishoudens/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(users.loadUserByUsername("bram").getPassword()).isEqualTo("{noop}bram");
    }

    @Test
    void healthAndTheOpenApiDescriptionAreServed() {
        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.get("/actuator/health").body().get("status").asText()).isEqualTo("UP");
        JsonNode apiDocs = anonymous.get("/v3/api-docs").body();
        assertThat(apiDocs.get("paths").has("/api/meldingen")).isTrue();
        assertThat(apiDocs.get("paths").has("/api/huishoudens/{huishoudenId}")).isTrue();
        assertThat(apiDocs.get("paths").has("/api/casussen/{casusId}/historie")).isTrue();
    }

    @Test
    void axonTablesStoreBinaryDataAsByteaAndTheGlobalIndexHasNoAllocationJumps() {
        List<String> lobColumns = jdbc.sql("""
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND data_type = 'oid'""")
                .query(String.class).list();
        assertThat(lobColumns).isEmpty();
        List<String> byteaColumns = jdbc.sql("""
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND data_type = 'bytea'""")
                .query(String.class).list();
        assertThat(byteaColumns).contains("domainevententry.payload", "domainevententry.metadata",
                "snapshotevententry.payload", "tokenentry.token", "deadletterentry.payload", "sagaentry.serializedsaga");
        Long cache = jdbc.sql("""
                        SELECT cache_size FROM pg_sequences
                        WHERE schemaname || '.' || sequencename
                              = pg_get_serial_sequence('domainevententry', 'globalindex')""")
                .query(Long.class).single();
        assertThat(cache).isEqualTo(1L);
    }

    private static Map<String, Object> melding(String huishouden, String levensdomein) {
        return Map.of("huishoudenId", huishouden, "kanaal", "INLOOP", "levensdomeinen", List.of(levensdomein));
    }

    private static void assertProblem(ApiClient.Answer answer, String detail) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(400);
        assertThat(answer.body().get("detail").asText()).contains(detail);
    }

    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private static JsonNode awaitOverzicht(ApiClient client, String huishouden, int hulpvragen) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> client.get("/api/huishoudens/" + huishouden),
                answer -> answer.status() == 200 && answer.body().at("/openCasus/hulpvragen").size() == hulpvragen)
                .body();
    }

    private static JsonNode awaitHistorie(ApiClient client, String casusId, int regels) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> client.get("/api/casussen/" + casusId + "/historie"),
                answer -> answer.status() == 200 && answer.body().get("regels").size() == regels).body();
    }
}
