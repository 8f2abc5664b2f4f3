package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Stopping and starting the standalone application keeps every household, casus and event. */
class StandaloneRestartTest {

    @Test
    void dataSurvivesARestartOfTheStandaloneApplication() {
        Path dataDirectory = TestDatabases.freshDataDirectory("restart");
        String casusId;

        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            ApiClient anna = new ApiClient(port(first), "anna");
            casusId = anna.post("/api/meldingen", Map.of("huishoudenId", "huishouden-restart", "kanaal", "POST",
                    "levensdomeinen", List.of("INKOMEN"))).body().get("casusId").asText();
            awaitHulpvragen(anna, 1);
        }

        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            ApiClient anna = new ApiClient(port(second), "anna");
            assertThat(anna.get("/api/huishoudens/huishouden-restart").body().at("/openCasus/casusId").asText())
                    .isEqualTo(casusId);
            // the aggregate is rebuilt from the stored events: a new melding still joins the same casus
            ApiClient.Answer again = anna.post("/api/meldingen", Map.of("huishoudenId", "huishouden-restart",
                    "kanaal", "EMAIL", "levensdomeinen", List.of("WERK")));
            assertThat(again.body().get("casusId").asText()).isEqualTo(casusId);
            assertThat(again.body().get("casusOpened").asBoolean()).isFalse();
            awaitHulpvragen(anna, 2);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        // as arguments, not as default properties: application.yml would override those with its port and data folder
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .run(TestDatabases.standaloneArguments(dataDirectory));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static void awaitHulpvragen(ApiClient client, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> client.get("/api/huishoudens/huishouden-restart"),
                answer -> answer.status() == 200 && answer.body().at("/openCasus/hulpvragen").size() == count);
    }
}
