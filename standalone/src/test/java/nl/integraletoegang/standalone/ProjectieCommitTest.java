package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.integraletoegang.api.casus.MeldingRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A projection's batch commits without waiting for the WAL flush, the command's own transaction waits for it
 * (docs/benchmarks.md, "CPU per command over HTTP, second round"): handlers in both places read the setting of the
 * transaction they run in.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "axon.eventhandling.processors.commit-test-in-command.mode=subscribing")
@Import(ProjectieCommitTest.Luisteraars.class)
class ProjectieCommitTest {

    /** Per household: what {@code synchronous_commit} was in the transaction that handled its melding. */
    static final Map<String, String> IN_PROJECTIE = new ConcurrentHashMap<>();
    static final Map<String, String> IN_COMMAND = new ConcurrentHashMap<>();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "projectiecommit");
    }

    @LocalServerPort
    int port;

    @Test
    void aProjectionBatchDoesNotWaitForTheFlushButTheCommandDoes() {
        String huishouden = "hh-commit-" + UUID.randomUUID();
        ApiClient.Answer melding = new ApiClient(port, "bram").postRaw("/api/meldingen", """
                {"huishoudenId": "%s", "kanaal": "TELEFOON", "levensdomeinen": ["SCHULDEN"]}""".formatted(huishouden),
                Map.of());
        assertThat(melding.status()).as(melding.body().toString()).isEqualTo(201);

        assertThat(IN_COMMAND).containsEntry(huishouden, "on");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(IN_PROJECTIE).containsEntry(huishouden, "off"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Luisteraars {

        @Bean
        InProjectie inProjectie(JdbcClient jdbc) {
            return new InProjectie(jdbc);
        }

        @Bean
        InCommand inCommand(JdbcClient jdbc) {
            return new InCommand(jdbc);
        }
    }

    /** One more handler in a projection's processing group, which has a dead-letter queue. */
    @ProcessingGroup("huishoudenoverzicht")
    record InProjectie(JdbcClient jdbc) {

        @EventHandler
        void on(MeldingRegistered event) {
            IN_PROJECTIE.put(event.huishoudenId(), setting(jdbc));
        }
    }

    /** A subscribing handler: it runs in the transaction of the command that appended the event. */
    @ProcessingGroup("commit-test-in-command")
    record InCommand(JdbcClient jdbc) {

        @EventHandler
        void on(MeldingRegistered event) {
            IN_COMMAND.put(event.huishoudenId(), setting(jdbc));
        }
    }

    private static String setting(JdbcClient jdbc) {
        List<String> waarde = jdbc.sql("SHOW synchronous_commit").query(String.class).list();
        return waarde.get(0);
    }
}
