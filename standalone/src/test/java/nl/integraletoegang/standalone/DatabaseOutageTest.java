package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL goes away for ten seconds while workers keep registering meldingen. Every write that was acknowledged
 * is stored, every write during the outage is answered within a few seconds with a 503 and {@code Retry-After}
 * (never a 500), readiness is DOWN while the database is away and UP after, and the projections catch up by
 * themselves.
 */
class DatabaseOutageTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final int WRITERS = 4;

    /** One request of the load: when it was sent (relative to the outage), how long it took and its answer. */
    record Attempt(String huishouden, long sentAtMillis, long tookMillis, int status, String retryAfter,
                   String contentType, String body) {
    }

    @Test
    void writesDuringAnOutageFailFastWith503AndNothingAcknowledgedIsLost() throws Exception {
        Path dataDirectory = TestDatabases.freshDataDirectory("uitval");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StandaloneApplication.class)
                .run(TestDatabases.asArguments(TestDatabases.standaloneProperties(dataDirectory)))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            EmbeddedPostgres first = app.getBean(EmbeddedPostgres.class);
            int pgPort = first.getPort();
            AtomicReference<EmbeddedPostgres> restarted = new AtomicReference<>();
            AtomicReference<Simple> apiRead = new AtomicReference<>();
            AtomicReference<Simple> page = new AtomicReference<>();
            assertThat(get(port, "/actuator/health/readiness").status()).isEqualTo(200);
            String bekend = null;
            for (int i = 0; i < 3; i++) {
                Attempt warmingUp = register(port, System.currentTimeMillis());
                assertThat(warmingUp.status()).as("warming up").isEqualTo(201);
                bekend = warmingUp.huishouden();
            }
            String bekendHuishouden = bekend;
            await().atMost(Duration.ofSeconds(30)).until(() -> new ApiClient(port, "anna")
                    .get("/api/huishoudens/" + bekendHuishouden).status() == 200);

            ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<long[]> readiness = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            long[] outage = new long[3];
            long start = System.currentTimeMillis();
            ExecutorService load = Executors.newFixedThreadPool(WRITERS + 1);
            try {
                for (int i = 0; i < WRITERS; i++) {
                    load.submit(() -> {
                        while (running.get()) {
                            attempts.add(register(port, start));
                        }
                        return null;
                    });
                }
                load.submit(() -> {
                    while (running.get()) {
                        long sent = System.currentTimeMillis() - start;
                        int status = get(port, "/actuator/health/readiness").status();
                        readiness.add(new long[] {sent, System.currentTimeMillis() - start, status});
                        Thread.sleep(250);
                    }
                    return null;
                });

                Thread.sleep(4_000);
                outage[0] = System.currentTimeMillis() - start;
                first.close();
                Thread.sleep(OUTAGE.toMillis() / 2);
                // reads fail as fast: the API with a problem detail, a page of the UI with its error page
                apiRead.set(get(port, "/api/huishoudens/" + bekendHuishouden, "application/json", "anna"));
                page.set(get(port, "/huishoudens/" + bekendHuishouden, "text/html", "anna"));
                Thread.sleep(OUTAGE.toMillis() / 2);
                // PostgreSQL accepts connections a moment before start() returns: the outage ends here for certain
                outage[2] = System.currentTimeMillis() - start;
                restarted.set(EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(TestDatabases.BINARIES.toFile())
                        .setPort(pgPort)
                        .start());
                outage[1] = System.currentTimeMillis() - start;
                Thread.sleep(8_000);
            } finally {
                running.set(false);
                load.shutdown();
                assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            }

            try {
                List<Attempt> all = new ArrayList<>(attempts);
                Map<Integer, Long> perStatus = all.stream()
                        .collect(Collectors.groupingBy(Attempt::status, Collectors.counting()));
                System.out.printf("outage from %d ms to %d ms; answers per status %s; slowest %d ms%n", outage[0],
                        outage[1], perStatus, all.stream().mapToLong(Attempt::tookMillis).max().orElse(0));

                // never a 500, never a hanging request: acknowledged (201) or refused for now (503)
                assertThat(perStatus.keySet()).as(perStatus.toString()).isSubsetOf(Set.of(201, 503));
                List<Attempt> duringOutage = all.stream().filter(attempt -> attempt.sentAtMillis() > outage[0]
                        && attempt.sentAtMillis() < outage[2]).toList();
                System.out.printf("sent during the outage: %d, slowest %d ms%n", duringOutage.size(),
                        duringOutage.stream().mapToLong(Attempt::tookMillis).max().orElse(0));
                assertThat(duringOutage).isNotEmpty()
                        .allSatisfy(attempt -> assertThat(attempt.tookMillis()).isLessThan(6_000));
                List<Attempt> refused = all.stream().filter(attempt -> attempt.status() == 503).toList();
                assertThat(refused).as("requests during the outage").isNotEmpty().allSatisfy(attempt -> {
                    assertThat(attempt.retryAfter()).isNotBlank();
                    assertThat(attempt.contentType()).startsWith("application/problem+json");
                    assertThat(attempt.body()).contains("\"status\":503").contains("niet bereikbaar");
                });
                assertThat(all).filteredOn(attempt -> attempt.sentAtMillis() > outage[1] + 3_000)
                        .isNotEmpty().allSatisfy(attempt -> assertThat(attempt.status()).isEqualTo(201));

                // reads fail as fast: the API with a problem detail, a page of the UI with its error page
                assertThat(apiRead.get().status()).isEqualTo(503);
                assertThat(apiRead.get().retryAfter()).isNotBlank();
                assertThat(apiRead.get().body()).contains("niet bereikbaar");
                assertThat(page.get().status()).isEqualTo(503);
                assertThat(page.get().retryAfter()).isNotBlank();
                assertThat(page.get().contentType()).startsWith("text/html");
                assertThat(page.get().body()).contains("Tijdelijk niet beschikbaar").doesNotContain("Exception");

                // readiness: UP before, DOWN during, UP after
                List<long[]> probes = new ArrayList<>(readiness);
                // (a probe sent and answered while the database was certainly away: the pool's broken connections
                // are noticed within a second of the stop)
                assertThat(probes).filteredOn(p -> p[0] > outage[0] + 1_000 && p[1] < outage[2])
                        .isNotEmpty().allSatisfy(p -> assertThat(p[2]).isEqualTo(503));
                assertThat(get(port, "/actuator/health/readiness").status()).isEqualTo(200);
                // every acknowledged write is stored, and the household overview catches up with all of them
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                List<String> acknowledged = all.stream().filter(attempt -> attempt.status() == 201)
                        .map(Attempt::huishouden).toList();
                Set<String> stored = Set.copyOf(jdbc.sql("SELECT DISTINCT aggregateidentifier FROM domainevententry")
                        .query(String.class).list());
                assertThat(stored).containsAll(acknowledged);
                ApiClient anna = new ApiClient(port, "anna");
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                        assertThat(acknowledged).allSatisfy(huishouden -> assertThat(
                                anna.get("/api/huishoudens/" + huishouden).status()).isEqualTo(200)));
                assertThat(jdbc.sql("SELECT count(*) FROM deadletterentry").query(Long.class).single())
                        .as("dead letters").isZero();
            } finally {
                if (restarted.get() != null) {
                    app.close();
                    restarted.get().close();
                }
            }
        }
    }

    private static Attempt register(int port, long start) {
        String huishouden = "hh-uitval-" + UUID.randomUUID();
        String body = """
                {"huishoudenId": "%s", "kanaal": "TELEFOON", "levensdomeinen": ["INKOMEN"]}""".formatted(huishouden);
        long sent = System.currentTimeMillis();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/meldingen"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", HttpProbe.basic("anna"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Attempt(huishouden, sent - start, System.currentTimeMillis() - sent, response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Simple(int status, String body, String retryAfter, String contentType) {
    }

    private static Simple get(int port, String path) {
        return get(port, path, "application/json", null);
    }

    private static Simple get(int port, String path, String accept, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", accept).GET();
        if (user != null) {
            request.header("Authorization", HttpProbe.basic(user));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8));
            return new Simple(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
