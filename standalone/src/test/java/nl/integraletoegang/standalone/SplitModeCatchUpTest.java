package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.integraletoegang.command.CommandSideApplication;
import nl.integraletoegang.query.QuerySideApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Split mode: the command side and the query side as separate applications on one PostgreSQL. A query side
 * that starts after events were written catches up with all of them from the event tables.
 */
class SplitModeCatchUpTest {

    @Test
    void aQuerySideStartedLaterCatchesUpWithEveryEvent() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(TestDatabases.freshDataDirectory("split"))
                .setOverrideWorkingDirectory(TestDatabases.BINARIES.toFile())
                .start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");

            try (ConfigurableApplicationContext commandSide = start(CommandSideApplication.class,
                    CommandSideApplication.CONFIG_NAME, url)) {
                ApiClient anna = new ApiClient(port(commandSide), "anna");
                for (String huishouden : List.of("split-a", "split-b", "split-a", "split-c", "split-a")) {
                    assertThat(anna.post("/api/meldingen", Map.of("huishoudenId", huishouden, "kanaal", "TELEFOON",
                            "levensdomeinen", List.of("WONEN"))).status()).isEqualTo(201);
                }
                // the command side alone serves no reads: nothing on it projects events, and its own rules do not
                // know the read API's addresses, so it refuses them as it refuses every address it does not serve
                assertThat(anna.get("/api/huishoudens/split-a").status()).isEqualTo(403);
            }

            try (ConfigurableApplicationContext querySide = start(QuerySideApplication.class,
                    QuerySideApplication.CONFIG_NAME, url)) {
                ApiClient anna = new ApiClient(port(querySide), "anna");
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    assertThat(anna.get("/api/huishoudens/split-a").body().at("/openCasus/hulpvragen").size())
                            .isEqualTo(3);
                    assertThat(anna.get("/api/huishoudens/split-b").body().at("/openCasus/hulpvragen").size())
                            .isEqualTo(1);
                    assertThat(anna.get("/api/huishoudens/split-c").body().at("/openCasus/hulpvragen").size())
                            .isEqualTo(1);
                });
                JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
                assertThat(jdbc.sql("SELECT DISTINCT processorname FROM tokenentry ORDER BY 1")
                        .query(String.class).list()).containsExactly("casushistorie", "escalatiewachtrij",
                        "huishoudenoverzicht", "huishoudentoegang", "managementfiguren", "werkvoorraad", "zoekindex");
            }
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application, String configName, String url) {
        return new SpringApplicationBuilder(application)
                .run(TestDatabases.asArguments(configName, "server.port=0", "spring.datasource.url=" + url,
                        "spring.datasource.username=postgres", "spring.datasource.password=",
                        "logging.structured.format.console="));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
