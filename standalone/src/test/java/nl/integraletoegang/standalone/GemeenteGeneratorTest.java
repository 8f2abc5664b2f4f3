package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A beheerder fills a test environment with a fictitious municipality (where the setting allows it): the households'
 * histories go through the command side and carry the moments they happened at, also the expiries and warnings
 * the termijnen's deadlines caused, while what the service does meanwhile keeps the real time.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"integrale-toegang.generator.enabled=true", "integrale-toegang.generator.threads=2"})
class GemeenteGeneratorTest {

    private static final Instant BEGIN = Instant.parse("2024-05-31T22:00:00Z");
    private static final Instant EIND = Instant.parse("2026-05-31T22:00:00Z");

    private static final String SYSTEEM = "convert_from(metadata, 'UTF8') LIKE '%\"actor\":\"systeem\"%'";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "generator");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBeheerderGeneratesAMunicipalityWithItsHistory() {
        ApiClient beheerder = new ApiClient(port, "bea");
        Map<String, Object> verzoek = Map.of("huishoudens", 60, "jaren", 2, "seed", 7, "tot", "2026-06-01");

        assertThat(new ApiClient(port, "anna").post("/api/beheer/generator", verzoek).status()).isEqualTo(403);
        assertThat(new ApiClient(port, "maria").post("/api/beheer/generator", verzoek).status()).isEqualTo(403);
        ApiClient.Answer teVeel = beheerder.post("/api/beheer/generator", Map.of("huishoudens", 0, "jaren", 2));
        assertThat(teVeel.status()).isEqualTo(400);

        Instant voor = Instant.now();
        ApiClient.Answer gestart = beheerder.post("/api/beheer/generator", verzoek);
        assertThat(gestart.status()).as(gestart.body().toString()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            ApiClient.Answer stand = beheerder.get("/api/beheer/generator");
            assertThat(stand.status()).isEqualTo(200);
            assertThat(stand.body().get("bezig").asBoolean()).isFalse();
        });
        JsonNode stand = beheerder.get("/api/beheer/generator").body();
        assertThat(stand.get("klaar").asInt()).isEqualTo(60);
        assertThat(stand.get("mislukt").asInt()).as(stand.toString()).isZero();
        assertThat(stand.get("events").asLong()).isEqualTo(jdbc.sql("SELECT count(*) FROM domainevententry "
                + "WHERE aggregateidentifier LIKE 'hh-%'").query(Long.class).single());

        // the events carry their historical moments, spread over the two years; the workers' end before the end
        // of the history, the system's (the termijnen's clocks) ran on until now
        Instant eerste = Instant.parse(jdbc.sql("SELECT min(timestamp) FROM domainevententry").query(String.class)
                .single());
        assertThat(eerste).isBetween(BEGIN, BEGIN.plus(Duration.ofDays(120)));
        Instant laatsteWerk = Instant.parse(jdbc.sql("SELECT max(timestamp) FROM domainevententry WHERE "
                + "aggregateidentifier LIKE 'hh-%' AND " + SYSTEEM.replace("LIKE", "NOT LIKE")).query(String.class)
                .single());
        assertThat(laatsteWerk).isBetween(EIND.minus(Duration.ofDays(120)), EIND);
        // expiries were fired at the moment they were due, by the system, not when the generator ran
        assertThat(jdbc.sql("SELECT timestamp FROM domainevententry WHERE payloadtype LIKE '%TermijnExpired' AND "
                + SYSTEEM).query(String.class).list()).isNotEmpty()
                .allSatisfy(moment -> assertThat(Instant.parse(moment)).isBefore(voor));
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%TermijnExpired' AND "
                + "timestamp < :eind").param("eind", EIND.toString()).query(Long.class).single()).isPositive();

        // the projections rested while the generator appended (Axon would take the gaps between concurrent appends
        // of old events for lost), then caught up with every event: nothing skipped, nothing dead-lettered
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                beheerder.get("/api/beheer/projecties").body()).isNotEmpty().allSatisfy(projectie -> {
                    assertThat(projectie.get("actief").asBoolean()).isTrue();
                    assertThat(projectie.get("achterstand").asLong()).isZero();
                }));
        assertThat(beheerder.get("/api/beheer/projecties").body())
                .allSatisfy(projectie -> assertThat(projectie.get("deadLetters").asLong()).as(projectie.toString())
                        .isZero());
        assertThat(jdbc.sql("SELECT count(*) FROM casus_overzicht").query(Long.class).single()).isEqualTo(
                jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%.CasusOpened'")
                        .query(Long.class).single());

        // a worker's melding meanwhile is stamped with the real time
        ApiClient.Answer melding = new ApiClient(port, "bram").post("/api/meldingen", Map.of(
                "huishoudenId", "hh-echt", "kanaal", "TELEFOON", "levensdomeinen", java.util.List.of("SCHULDEN"),
                "wijk", "Noord"));
        assertThat(melding.status()).isEqualTo(201);
        assertThat(Instant.parse(jdbc.sql("SELECT max(timestamp) FROM domainevententry WHERE aggregateidentifier = "
                + "'hh-echt'").query(String.class).single())).isAfterOrEqualTo(voor.minusSeconds(1));
    }
}
