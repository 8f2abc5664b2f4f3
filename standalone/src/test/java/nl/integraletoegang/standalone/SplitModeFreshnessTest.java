package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.integraletoegang.command.CommandSideApplication;
import nl.integraletoegang.query.QuerySideApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Split mode on PostgreSQL: the query side reads a write of the command side as soon as it commits (woken by
 * PostgreSQL's notification, not at its next poll), and an API client can ask for a household in at least the
 * version its write returned.
 */
class SplitModeFreshnessTest {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext commandSide;
    private static ConfigurableApplicationContext querySide;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(TestDatabases.freshDataDirectory("versheid"))
                .setOverrideWorkingDirectory(TestDatabases.BINARIES.toFile())
                .start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        commandSide = start(CommandSideApplication.class, CommandSideApplication.CONFIG_NAME, url);
        querySide = start(QuerySideApplication.class, QuerySideApplication.CONFIG_NAME, url,
                "integrale-toegang.query.minimale-versie-geduld=1s");
    }

    @AfterAll
    static void stop() throws IOException {
        if (querySide != null) {
            querySide.close();
        }
        if (commandSide != null) {
            commandSide.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theQuerySideShowsAWriteWellWithinTheOldOneSecondPoll() throws InterruptedException {
        ApiClient schrijver = new ApiClient(port(commandSide), "anna");
        ApiClient lezer = new ApiClient(port(querySide), "anna");
        registreer(schrijver, "vers-opwarmen");
        List<Long> latenties = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String huishouden = "vers-" + UUID.randomUUID();
            registreer(schrijver, huishouden);
            long geschreven = System.nanoTime();
            while (lezer.get("/api/huishoudens/" + huishouden).status() != 200) {
                assertThat(System.nanoTime() - geschreven).as("seen within 10 s").isLessThan(10_000_000_000L);
                Thread.sleep(2);
            }
            latenties.add((System.nanoTime() - geschreven) / 1_000_000);
            // writes apart, so that each one finds the projections idle as after a quiet moment
            Thread.sleep(150);
        }
        Collections.sort(latenties);
        long p50 = latenties.get(latenties.size() / 2);
        System.out.println("Split mode write-to-read latency (ms), sorted: " + latenties);
        // with the one-second poll (and the processors' 500 ms look-again) the median was about 900 ms on an idle
        // machine; woken by PostgreSQL it is tens of milliseconds there (docs/benchmarks.md). This bound leaves room
        // for a machine busy with other builds.
        assertThat(p50).isLessThan(700);
    }

    @Test
    void aClientReadsAtLeastTheVersionItsWriteReturned() {
        ApiClient schrijver = new ApiClient(port(commandSide), "anna");
        ApiClient lezer = new ApiClient(port(querySide), "anna");
        String huishouden = "rijw-" + UUID.randomUUID();
        long versie = registreer(schrijver, huishouden);

        ApiClient.Answer gelezen = lezer.get("/api/huishoudens/" + huishouden + "?minimaleVersie=" + versie);
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.headers().getFirst("X-Versie-Bereikt")).isEqualTo("true");
        assertThat(gelezen.body().at("/openCasus/hulpvragen").size()).isEqualTo(1);

        // a second melding, read at once with its version: the overview already shows both hulpvragen
        long tweede = registreer(schrijver, huishouden);
        assertThat(tweede).isGreaterThan(versie);
        gelezen = lezer.get("/api/huishoudens/" + huishouden + "?minimaleVersie=" + tweede);
        assertThat(gelezen.headers().getFirst("X-Versie-Bereikt")).isEqualTo("true");
        assertThat(gelezen.body().at("/openCasus/hulpvragen").size()).isEqualTo(2);

        // a version that never comes: after the patience (1 s here) the answer is what there is, and says so
        long voor = System.nanoTime();
        gelezen = lezer.get("/api/huishoudens/" + huishouden + "?minimaleVersie=" + (tweede + 100));
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.headers().getFirst("X-Versie-Bereikt")).isEqualTo("false");
        assertThat(gelezen.body().at("/openCasus/hulpvragen").size()).isEqualTo(2);
        assertThat((System.nanoTime() - voor) / 1_000_000).isBetween(900L, 5_000L);

        // without the parameter nothing changes
        gelezen = lezer.get("/api/huishoudens/" + huishouden);
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.headers().getFirst("X-Versie-Bereikt")).isNull();
    }

    @Test
    void aBadMinimumVersionIsA400AndNoAccessStaysA404() {
        ApiClient schrijver = new ApiClient(port(commandSide), "anna");
        String huishouden = "rijw-" + UUID.randomUUID();
        long versie = registreer(schrijver, huishouden);

        ApiClient.Answer negatief = new ApiClient(port(querySide), "anna")
                .get("/api/huishoudens/" + huishouden + "?minimaleVersie=-1");
        assertThat(negatief.status()).isEqualTo(400);
        assertThat(negatief.body().get("detail").asText()).contains("minimaleVersie");
        ApiClient.Answer geenGetal = new ApiClient(port(querySide), "anna")
                .get("/api/huishoudens/" + huishouden + "?minimaleVersie=twaalf");
        assertThat(geenGetal.status()).isEqualTo(400);

        // a worker of another team: the same 404 as for an unknown household, after the same wait
        ApiClient.Answer anderTeam = new ApiClient(port(querySide), "bram")
                .get("/api/huishoudens/" + huishouden + "?minimaleVersie=" + versie);
        assertThat(anderTeam.status()).isEqualTo(404);
        ApiClient.Answer onbekend = new ApiClient(port(querySide), "bram")
                .get("/api/huishoudens/rijw-onbekend?minimaleVersie=1");
        assertThat(onbekend.status()).isEqualTo(404);
        assertThat(onbekend.body().get("detail").asText()).isEqualTo(anderTeam.body().get("detail").asText()
                .replace(huishouden, "rijw-onbekend"));
    }

    private static long registreer(ApiClient schrijver, String huishouden) {
        ApiClient.Answer antwoord = schrijver.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                "kanaal", "TELEFOON", "levensdomeinen", List.of("WMO_ONDERSTEUNING")));
        assertThat(antwoord.status()).as(String.valueOf(antwoord.body())).isEqualTo(201);
        return Long.parseLong(antwoord.headers().getETag().replace("\"", ""));
    }

    private static ConfigurableApplicationContext start(Class<?> application, String configName, String url,
                                                        String... extra) {
        List<String> properties = new ArrayList<>(List.of(configName, "server.port=0", "spring.datasource.url=" + url,
                "spring.datasource.username=postgres", "spring.datasource.password=",
                "logging.structured.format.console="));
        properties.addAll(List.of(extra));
        return new SpringApplicationBuilder(application)
                .run(TestDatabases.asArguments(properties.toArray(String[]::new)));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
