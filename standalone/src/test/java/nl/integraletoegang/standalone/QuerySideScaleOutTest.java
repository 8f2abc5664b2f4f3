package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.integraletoegang.command.CommandSideApplication;
import nl.integraletoegang.query.QuerySideApplication;
import nl.integraletoegang.query.verdeling.QueryInstanties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several query-side instances on one PostgreSQL: each claims a fair share of every projection's segments, the
 * survivors take over a stopped instance's share within seconds, and every instance reports the projection's own
 * lag (from the token store), not its local view.
 */
class QuerySideScaleOutTest {

    private static final List<String> PROJECTIES = List.of("casushistorie", "escalatiewachtrij",
            "huishoudenoverzicht", "huishoudentoegang", "managementfiguren", "werkvoorraad", "zoekindex");
    private static final Duration OVERNAME = Duration.ofSeconds(15);

    @Test
    void queryInstancesShareTheSegmentsFairlyAndTakeOverAStoppedOnesShare() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(TestDatabases.freshDataDirectory("schaal"))
                .setOverrideWorkingDirectory(TestDatabases.BINARIES.toFile())
                .start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());

            try (ConfigurableApplicationContext commandSide = start(CommandSideApplication.class,
                    CommandSideApplication.CONFIG_NAME, url)) {
                ApiClient anna = new ApiClient(port(commandSide), "anna");
                schrijf(anna, "schaal-a", "schaal-b", "schaal-c");

                ConfigurableApplicationContext een = start(QuerySideApplication.class,
                        QuerySideApplication.CONFIG_NAME, url);
                ConfigurableApplicationContext twee = start(QuerySideApplication.class,
                        QuerySideApplication.CONFIG_NAME, url);
                try {
                    // two instances: 2 + 2 of the 4 segments of every projection
                    await().atMost(OVERNAME).untilAsserted(() ->
                            assertThat(aandelen(jdbc, List.of(een, twee))).allSatisfy((projectie, aandeel) ->
                                    assertThat(aandeel).as(projectie).containsExactly(2, 2)));
                    schrijf(anna, "schaal-d", "schaal-e");
                    await().atMost(OVERNAME).untilAsserted(() -> {
                        assertThat(achterstanden(een)).containsOnlyKeys(PROJECTIES).allSatisfy((naam, lag) ->
                                assertThat(lag).as(naam).isZero());
                        assertThat(achterstanden(twee)).isEqualTo(achterstanden(een));
                        assertThat(new ApiClient(port(twee), "anna").get("/api/huishoudens/schaal-e").status())
                                .isEqualTo(200);
                    });

                    // three instances: 2 + 1 + 1, the instance with the extra segment differing per projection
                    ConfigurableApplicationContext drie = start(QuerySideApplication.class,
                            QuerySideApplication.CONFIG_NAME, url);
                    try {
                        await().atMost(OVERNAME).untilAsserted(() -> {
                            Map<String, List<Integer>> aandelen = aandelen(jdbc, List.of(een, twee, drie));
                            assertThat(aandelen).allSatisfy((projectie, aandeel) ->
                                    assertThat(aandeel).as(projectie).containsExactlyInAnyOrder(2, 1, 1));
                            System.out.println("Segment shares with 3 query-side instances: " + aandelen);
                        });
                        long gestopt = System.nanoTime();
                        drie.close();
                        await().atMost(OVERNAME).untilAsserted(() ->
                                assertThat(aandelen(jdbc, List.of(een, twee))).allSatisfy((projectie, aandeel) ->
                                        assertThat(aandeel).as(projectie).containsExactly(2, 2)));
                        System.out.printf("Two instances took over the third's share in %d ms%n",
                                (System.nanoTime() - gestopt) / 1_000_000);
                    } finally {
                        drie.close();
                    }

                    // one instance stopped: the other takes over all segments within seconds, lag back to 0
                    long gestopt = System.nanoTime();
                    een.close();
                    await().atMost(OVERNAME).untilAsserted(() ->
                            assertThat(aandelen(jdbc, List.of(twee))).allSatisfy((projectie, aandeel) ->
                                    assertThat(aandeel).as(projectie).containsExactly(4)));
                    System.out.printf("One instance took over the other's share in %d ms%n",
                            (System.nanoTime() - gestopt) / 1_000_000);
                    schrijf(anna, "schaal-f");
                    await().atMost(OVERNAME).untilAsserted(() -> {
                        assertThat(achterstanden(twee)).containsOnlyKeys(PROJECTIES).allSatisfy((naam, lag) ->
                                assertThat(lag).as(naam).isZero());
                        assertThat(new ApiClient(port(twee), "anna").get("/api/huishoudens/schaal-f").status())
                                .isEqualTo(200);
                    });
                } finally {
                    een.close();
                    twee.close();
                }
            }
        }
    }

    private static void schrijf(ApiClient anna, String... huishoudens) {
        for (String huishouden : huishoudens) {
            assertThat(anna.post("/api/meldingen", Map.of("huishoudenId", huishouden, "kanaal", "TELEFOON",
                    "levensdomeinen", List.of("WONEN"))).status()).isEqualTo(201);
        }
    }

    /** Per projection the number of segments each instance claims, in the order of the given instances. */
    private static Map<String, List<Integer>> aandelen(JdbcClient jdbc,
                                                       Collection<ConfigurableApplicationContext> instanties) {
        Map<String, Map<String, Long>> perProjectie = jdbc.sql(
                        "SELECT processorname, owner FROM tokenentry WHERE owner IS NOT NULL")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                        Collectors.groupingBy(Map.Entry::getValue, Collectors.counting())));
        Map<String, List<Integer>> aandelen = new TreeMap<>();
        for (String projectie : PROJECTIES) {
            Map<String, Long> eigenaars = perProjectie.getOrDefault(projectie, Map.of());
            List<Integer> aandeel = new ArrayList<>();
            for (ConfigurableApplicationContext instantie : instanties) {
                aandeel.add(eigenaars.getOrDefault(instantie.getBean(QueryInstanties.class).instantie(), 0L)
                        .intValue());
            }
            aandelen.put(projectie, aandeel);
        }
        return aandelen;
    }

    private static Map<String, Long> achterstanden(ConfigurableApplicationContext querySide) {
        Map<String, Long> achterstanden = new TreeMap<>();
        ApiClient.Answer answer = new ApiClient(port(querySide), "bea").get("/api/beheer/projecties");
        assertThat(answer.status()).isEqualTo(200);
        for (JsonNode stand : answer.body()) {
            achterstanden.put(stand.get("naam").asText(), stand.get("achterstand").asLong());
        }
        return achterstanden;
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
