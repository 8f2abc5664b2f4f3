package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A termijn's deadlines are durable: scheduled in PostgreSQL, they fire after the application was stopped and
 * started again. The weeks that pass while the application is down are simulated by moving the scheduled moments
 * into the past in the database, as the clock would have.
 */
class TermijnDeadlineRestartTest {

    private static final String HUISHOUDEN = "huishouden-termijn-herstart";

    @Test
    void aScheduledTermijnDeadlineFiresAfterTheApplicationRestarts() throws IOException {
        Path dataDirectory = TestDatabases.freshDataDirectory("deadline-restart");

        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            ApiClient anna = new ApiClient(port(first), "anna");
            ApiClient.Answer melding = anna.post("/api/meldingen", Map.of("huishoudenId", HUISHOUDEN,
                    "kanaal", "INLOOP", "levensdomeinen", List.of("WMO_ONDERSTEUNING"),
                    "regime", "WMO_MELDING_ONDERZOEK"));
            assertThat(melding.status()).isEqualTo(201);
            assertThat(melding.body().get("termijnId").asText()).isNotBlank();
            JdbcClient jdbc = JdbcClient.create(first.getBean(javax.sql.DataSource.class));
            // a warning and an expiry, weeks ahead
            assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE execution_time > now() + interval '7 days'")
                    .query(Long.class).single()).isEqualTo(2);
            assertThat(eventTypes(jdbc)).doesNotContain("TermijnExpired");
        }

        timePassesWhileTheApplicationIsDown(dataDirectory);

        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            JdbcClient jdbc = JdbcClient.create(second.getBean(javax.sql.DataSource.class));
            // both moments have passed; whichever fires first, the termijn ends up expired, and both are done
            // (the recurring idempotency-key cleanup keeps its own row in the table)
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(eventTypes(jdbc)).contains("TermijnExpired");
                assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name <> 'idempotency-key-cleanup'")
                        .query(Long.class).single()).isZero();
            });
            assertThat(eventTypes(jdbc)).containsOnlyOnce("TermijnExpired");
            // the passing of time is recorded as the system's doing, not as the worker's who started the clock
            assertThat(jdbc.sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
                    + "WHERE payloadtype LIKE '%TermijnExpired'").query(String.class).single())
                    .contains("\"actor\":\"systeem\"", "\"role\":\"SYSTEEM\"", "\"correlationId\":");
            // and the household overview shows the worker that the termijn has expired
            ApiClient anna = new ApiClient(port(second), "anna");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                ApiClient.Answer overzicht = anna.get("/api/huishoudens/" + HUISHOUDEN);
                assertThat(overzicht.body().at("/openCasus/termijnen/0/status").asText()).isEqualTo("VERLOPEN");
                assertThat(overzicht.body().at("/openCasus/termijnen/0").has("dagenOver")).isFalse();
            });
        }
    }

    private static void timePassesWhileTheApplicationIsDown(Path dataDirectory) throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(TestDatabases.BINARIES.toFile())
                .start()) {
            JdbcClient.create(postgres.getPostgresDatabase())
                    .sql("UPDATE scheduled_tasks SET execution_time = now() - interval '1 minute'")
                    .update();
        }
    }

    private static List<String> eventTypes(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = :id
                        ORDER BY sequencenumber""")
                .param("id", HUISHOUDEN).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .run(TestDatabases.asArguments(TestDatabases.standaloneProperties(dataDirectory)));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
