package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.integraletoegang.command.CommandSideApplication;
import nl.integraletoegang.query.QuerySideApplication;
import nl.integraletoegang.query.verdeling.QueryInstanties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The distributed set-up against a real Axon Server: two command-side and two query-side instances on one
 * PostgreSQL. Runs when {@code AXON_AXONSERVER_SERVERS} names a running Axon Server (e.g. one started by
 * {@code docker/distributed.sh start}); skipped with a notice otherwise.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributedEndToEndTest {

    private static EmbeddedPostgres postgres;
    private static final List<ConfigurableApplicationContext> CONTEXTS = new ArrayList<>();
    private static ConfigurableApplicationContext commandEen;
    private static ConfigurableApplicationContext commandTwee;
    private static ConfigurableApplicationContext queryEen;
    private static ConfigurableApplicationContext queryTwee;

    @BeforeAll
    static void start() throws IOException {
        String servers = System.getenv("AXON_AXONSERVER_SERVERS");
        if (servers == null || servers.isBlank()) {
            String notice = "DistributedEndToEndTest skipped: no Axon Server. Start one (docker/distributed.sh start "
                    + "with AXONSERVER_JAR, see docs/operations.md) and set AXON_AXONSERVER_SERVERS=localhost:8124.";
            System.out.println(notice);
            Assumptions.abort(notice);
        }
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(TestDatabases.freshDataDirectory("verdeeld"))
                .setOverrideWorkingDirectory(TestDatabases.BINARIES.toFile())
                .start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        commandEen = start(CommandSideApplication.class, CommandSideApplication.CONFIG_NAME, url, servers);
        commandTwee = start(CommandSideApplication.class, CommandSideApplication.CONFIG_NAME, url, servers);
        queryEen = start(QuerySideApplication.class, QuerySideApplication.CONFIG_NAME, url, servers);
        queryTwee = start(QuerySideApplication.class, QuerySideApplication.CONFIG_NAME, url, servers);
    }

    @AfterAll
    static void stop() throws IOException {
        for (int i = CONTEXTS.size() - 1; i >= 0; i--) {
            CONTEXTS.get(i).close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void aCasusWrittenThroughOneCommandSideIsReadThroughTheOtherQuerySide() {
        String huishouden = "dist-" + UUID.randomUUID();
        ApiClient.Answer wmo = new ApiClient(port(commandEen), "anna").post("/api/meldingen",
                Map.of("huishoudenId", huishouden, "kanaal", "TELEFOON", "levensdomeinen",
                        List.of("WMO_ONDERSTEUNING")));
        assertThat(wmo.status()).isEqualTo(201);
        ApiClient.Answer schulden = new ApiClient(port(commandTwee), "bram").post("/api/meldingen",
                Map.of("huishoudenId", huishouden, "kanaal", "INLOOP", "levensdomeinen", List.of("SCHULDEN")));
        assertThat(schulden.status()).isEqualTo(201);
        long versie = Long.parseLong(schulden.headers().getETag().replace("\"", ""));

        ApiClient.Answer gelezen = new ApiClient(port(queryTwee), "anna")
                .get("/api/huishoudens/" + huishouden + "?minimaleVersie=" + versie);
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.headers().getFirst("X-Versie-Bereikt")).isEqualTo("true");
        assertThat(gelezen.body().at("/openCasus/hulpvragen").size()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void aStaleIfMatchIsA409WithItsRuleOverAxonServer() {
        ApiClient bram = new ApiClient(port(commandEen), "bram");
        String huishouden = "dist-" + UUID.randomUUID();
        ApiClient.Answer melding = bram.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "TELEFOON", "levensdomeinen", List.of("SCHULDEN")));
        assertThat(melding.status()).isEqualTo(201);
        String casus = "/api/huishoudens/" + huishouden + "/casussen/" + melding.body().get("casusId").asText();
        String oud = melding.headers().getETag();
        assertThat(bram.post("/api/meldingen", Map.of("huishoudenId", huishouden, "kanaal", "INLOOP",
                "levensdomeinen", List.of("WONEN"))).status()).isEqualTo(201);

        // a write that the rules allow, but based on the version before the second melding
        ApiClient.Answer verouderd = new ApiClient(port(commandTwee), "bram").postRaw(casus + "/termijnen",
                "{\"hulpvraagId\": \"" + melding.body().get("hulpvraagId").asText()
                        + "\", \"regime\": \"SCHULDHULP_VERZOEK_EERSTE_GESPREK\"}",
                Map.of("If-Match", oud));
        assertThat(verouderd.status()).as(verouderd.body().toString()).isEqualTo(409);
        assertThat(verouderd.body().get("regel").asText()).isEqualTo("verouderde-versie");
    }

    @Test
    @Order(3)
    void aStoppedQuerySideInstancesSegmentsAreTakenOverAndTheLagReturnsToZero() {
        JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        String overblijver = queryTwee.getBean(QueryInstanties.class).instantie();
        queryEen.close();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT processorname || '/' || segment || ': ' || coalesce(owner, '-') FROM tokenentry "
                        // __config is the token store's own identity row, no segment
                        + "WHERE owner IS DISTINCT FROM :owner AND processorname <> '__config'")
                .param("owner", overblijver).query(String.class).list()).isEmpty());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            ApiClient.Answer standen = new ApiClient(port(queryTwee), "bea").get("/api/beheer/projecties");
            for (JsonNode stand : standen.body()) {
                assertThat(stand.get("achterstand").asLong()).as(stand.get("naam").asText()).isZero();
            }
        });
    }

    private static ConfigurableApplicationContext start(Class<?> application, String configName, String url,
                                                        String servers) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .run(TestDatabases.asArguments(configName, "server.port=0", "spring.datasource.url=" + url,
                        "spring.datasource.username=postgres", "spring.datasource.password=",
                        "logging.structured.format.console=", "axon.axonserver.enabled=true",
                        "axon.axonserver.servers=" + servers));
        CONTEXTS.add(context);
        return context;
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
