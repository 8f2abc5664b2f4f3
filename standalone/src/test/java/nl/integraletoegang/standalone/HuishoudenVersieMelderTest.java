package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.integraletoegang.api.huishouden.FindHuishoudenVersie;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The version a page waits for after its own write is where both the overview and need to know have got to: a
 * subscriber learns of it once both projections committed it, and the answer is the lower of the two.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HuishoudenVersieMelderTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "versiemelder");
    }

    @LocalServerPort
    int port;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcClient jdbc;

    private long versie(String huishouden) {
        return queries.query(new FindHuishoudenVersie(huishouden), Long.class).join();
    }

    private long gelezen(String tabel, String huishouden) {
        return jdbc.sql("SELECT versie FROM " + tabel + " WHERE huishouden_id = :h").param("h", huishouden)
                .query(Long.class).single();
    }

    @Test
    void aSubscriberWaitingBeforeTheWriteLearnsTheVersionBothProjectionsReached() {
        String huishouden = "hh-melder-" + UUID.randomUUID();
        assertThat(versie(huishouden)).isEqualTo(FindHuishoudenVersie.ONBEKEND);

        try (SubscriptionQueryResult<Long, Long> versies = queries.subscriptionQuery(
                new FindHuishoudenVersie(huishouden), ResponseTypes.instanceOf(Long.class),
                ResponseTypes.instanceOf(Long.class))) {
            ApiClient.Answer melding = new ApiClient(port, "anna").post("/api/meldingen", Map.of("huishoudenId",
                    huishouden, "kanaal", "INLOOP", "levensdomeinen", List.of("WMO_ONDERSTEUNING")));
            assertThat(melding.status()).isEqualTo(201);
            long geschreven = Long.parseLong(melding.headers().getETag().replace("\"", ""));

            Long gemeld = versies.updates().filter(v -> v >= geschreven).blockFirst(Duration.ofSeconds(20));
            assertThat(gemeld).isEqualTo(geschreven);
            // when it was emitted, both projections had the version
            assertThat(gelezen("huishouden_versie", huishouden)).isGreaterThanOrEqualTo(geschreven);
            assertThat(gelezen("toegang_versie", huishouden)).isGreaterThanOrEqualTo(geschreven);
        }
    }

    @Test
    void theAnswerIsTheLowerOfTheOverviewsAndNeedToKnowsVersion() {
        String huishouden = "hh-melder-" + UUID.randomUUID();
        ApiClient.Answer melding = new ApiClient(port, "anna").post("/api/meldingen", Map.of("huishoudenId",
                huishouden, "kanaal", "INLOOP", "levensdomeinen", List.of("WMO_ONDERSTEUNING")));
        assertThat(melding.status()).isEqualTo(201);
        long geschreven = Long.parseLong(melding.headers().getETag().replace("\"", ""));
        await().atMost(Duration.ofSeconds(20)).until(() -> versie(huishouden) == geschreven);

        // need to know behind the overview, as while it is rebuilt: a page cannot show the household yet
        jdbc.sql("UPDATE toegang_versie SET versie = :v WHERE huishouden_id = :h")
                .param("v", geschreven - 1).param("h", huishouden).update();
        assertThat(versie(huishouden)).isEqualTo(geschreven - 1);
        jdbc.sql("DELETE FROM toegang_versie WHERE huishouden_id = :h").param("h", huishouden).update();
        assertThat(versie(huishouden)).isEqualTo(FindHuishoudenVersie.ONBEKEND);
    }
}
