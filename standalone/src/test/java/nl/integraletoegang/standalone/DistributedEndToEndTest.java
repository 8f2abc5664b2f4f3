package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import nl.integraletoegang.api.beheer.FindProjectiestanden;
import nl.integraletoegang.api.beheer.Projectiestanden;
import nl.integraletoegang.api.error.Leesweigering;
import nl.integraletoegang.api.huishouden.FindHuishoudenOverzicht;
import nl.integraletoegang.api.huishouden.FindHuishoudenVersie;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.command.CommandSideApplication;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.vrager.Vrager;
import nl.integraletoegang.query.QuerySideApplication;
import nl.integraletoegang.query.verdeling.QueryInstanties;
import nl.integraletoegang.ui.UiCommands;
import nl.integraletoegang.ui.WebUiApplication;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SubscriptionQueryResult;
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
 * The distributed set-up against a real Axon Server: two command-side and two (then three) query-side instances on
 * one PostgreSQL. One instance of each side is a process of its own, started from its exec jar, so that it can be
 * killed as the operating system would ({@code kill -9}): no shutdown, no goodbye to Axon Server, claims left in
 * the token store.
 *
 * <p>Runs in the ordinary build whenever an Axon Server is given: {@code AXON_AXONSERVER_SERVERS=host:8124} (a
 * running one) or {@code AXONSERVER_JAR=/path/to/axonserver.jar} (started by the suite on free ports, data under
 * {@code target/verdeeld}); as environment variables or {@code -D} properties of the same names. Skipped with a
 * notice otherwise. Needs the exec jars, which a reactor build packages first:
 * {@code AXONSERVER_JAR=... ./mvnw -pl standalone -am verify -Dtest=DistributedEndToEndTest}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributedEndToEndTest {

    private static final List<String> PROJECTIES = List.of("casushistorie", "escalatiewachtrij",
            "huishoudenoverzicht", "huishoudentoegang", "managementfiguren", "werkvoorraad", "zoekindex");
    private static final int SEGMENTEN = 4;
    private static final Duration START = Duration.ofSeconds(240);

    private static EmbeddedPostgres postgres;
    private static JdbcClient jdbc;
    private static String servers;
    private static List<String> gedeeld;
    private static final List<ConfigurableApplicationContext> CONTEXTS = new ArrayList<>();
    private static final List<ExterneProcessen.Proces> PROCESSEN = new ArrayList<>();
    private static ConfigurableApplicationContext commandEen;
    private static ExterneProcessen.Proces commandTwee;
    private static ConfigurableApplicationContext queryEen;
    private static ExterneProcessen.Proces queryTwee;
    private static final String QUERY_TWEE = "query-side-2-" + UUID.randomUUID().toString().substring(0, 8);
    private static ConfigurableApplicationContext queryDrie;

    @BeforeAll
    static void start() throws Exception {
        servers = ExterneProcessen.gegeven("AXON_AXONSERVER_SERVERS");
        String jar = ExterneProcessen.gegeven("AXONSERVER_JAR");
        if (servers == null && jar == null) {
            String notice = "DistributedEndToEndTest skipped: no Axon Server. Set AXONSERVER_JAR (an Axon Server SE jar, "
                    + "started by the suite) or AXON_AXONSERVER_SERVERS=host:8124 (a running one); see "
                    + "docs/scale-out.md.";
            System.out.println(notice);
            Assumptions.abort(notice);
        }
        long begin = System.nanoTime();
        if (servers == null) {
            ExterneProcessen.Proces axonServer = ExterneProcessen.startAxonServer(Path.of(jar));
            PROCESSEN.add(axonServer);
            axonServer.wachtOp("/actuator/health", START);
            servers = "localhost:" + axonServer.grpcPoort();
        }
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(TestDatabases.freshDataDirectory("verdeeld"))
                .setOverrideWorkingDirectory(TestDatabases.BINARIES.toFile())
                .start();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        String url = postgres.getJdbcUrl("postgres", "postgres");
        gedeeld = List.of("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                "spring.datasource.password=", "axon.axonserver.enabled=true", "axon.axonserver.servers=" + servers);

        // The in-JVM command side migrates the schemas first; the processes start while the query side starts here.
        commandEen = start(CommandSideApplication.class, CommandSideApplication.CONFIG_NAME, gedeeld);
        commandTwee = ExterneProcessen.startInstantie("command-side", "command-side-2", gedeeld);
        PROCESSEN.add(commandTwee);
        queryEen = start(QuerySideApplication.class, QuerySideApplication.CONFIG_NAME, gedeeld);
        List<String> queryTweeProperties = new ArrayList<>(gedeeld);
        queryTweeProperties.add("integrale-toegang.query.instantie=" + QUERY_TWEE);
        queryTwee = ExterneProcessen.startInstantie("query-side", "query-side-2", queryTweeProperties);
        PROCESSEN.add(queryTwee);
        commandTwee.wachtOp("/actuator/health/readiness", START);
        queryTwee.wachtOp("/actuator/health/readiness", START);
        System.out.printf("Distributed set-up started in %d s (Axon Server at %s)%n",
                (System.nanoTime() - begin) / 1_000_000_000, servers);
    }

    @AfterAll
    static void stop() throws IOException {
        for (int i = CONTEXTS.size() - 1; i >= 0; i--) {
            CONTEXTS.get(i).close();
        }
        for (int i = PROCESSEN.size() - 1; i >= 0; i--) {
            PROCESSEN.get(i).stop();
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
        ApiClient.Answer schulden = new ApiClient(commandTwee.poort(), "bram").post("/api/meldingen",
                Map.of("huishoudenId", huishouden, "kanaal", "INLOOP", "levensdomeinen", List.of("SCHULDEN")));
        assertThat(schulden.status()).isEqualTo(201);
        long versie = Long.parseLong(schulden.headers().getETag().replace("\"", ""));

        ApiClient.Answer gelezen = new ApiClient(queryTwee.poort(), "anna")
                .get("/api/huishoudens/" + huishouden + "?minimaleVersie=" + versie);
        assertThat(gelezen.status()).isEqualTo(200);
        assertThat(gelezen.headers().getFirst("X-Versie-Bereikt")).isEqualTo("true");
        assertThat(gelezen.body().at("/openCasus/hulpvragen").size()).isEqualTo(2);
    }

    /**
     * The web UI in a process of its own reaches the query side only over Axon Server: the subscription query it waits
     * on for a change of its own gets the update from whichever query-side instance projected the household, need to
     * know holds for the asker in the query's metadata, and a refusal arrives with its status in the details.
     */
    @Test
    @Order(2)
    void theWebUiInAProcessOfItsOwnWaitsReadsAndIsRefusedOverAxonServer() {
        ConfigurableApplicationContext webUi = start(WebUiApplication.class, WebUiApplication.CONFIG_NAME, gedeeld);
        QueryGateway queries = webUi.getBean(QueryGateway.class);
        String huishouden = "dist-ui-" + UUID.randomUUID();
        Vrager anna = new Vrager(new Medewerker("anna", Rol.TOEGANGSMEDEWERKER, "WMO"), "GET /huishoudens/{id}", "c-a");
        Vrager bram = new Vrager(new Medewerker("bram", Rol.TOEGANGSMEDEWERKER, "SCHULDHULP"), "GET /huishoudens/{id}",
                "c-b");

        try (SubscriptionQueryResult<Long, Long> versies = queries.subscriptionQuery(new FindHuishoudenVersie(huishouden),
                ResponseTypes.instanceOf(Long.class), ResponseTypes.instanceOf(Long.class))) {
            ApiClient.Answer melding = new ApiClient(commandTwee.poort(), "anna").post("/api/meldingen",
                    Map.of("huishoudenId", huishouden, "kanaal", "TELEFOON", "levensdomeinen",
                            List.of("WMO_ONDERSTEUNING")));
            assertThat(melding.status()).isEqualTo(201);
            long versie = Long.parseLong(melding.headers().getETag().replace("\"", ""));
            assertThat(versies.updates().any(gelezen -> gelezen >= versie).block(Duration.ofSeconds(30)))
                    .as("an update of the household's version reached the web UI's subscription").isTrue();
            assertThat(webUi.getBean(UiCommands.class).awaitOverzicht(huishouden, versie)).isTrue();
        }

        QueryBus bus = webUi.getBean(QueryBus.class);
        assertThat(overzicht(bus, huishouden, anna))
                .hasValueSatisfying(overzicht -> assertThat(overzicht.huishoudenId()).isEqualTo(huishouden));
        assertThat(overzicht(bus, huishouden, bram)).isEmpty();
        Throwable geweigerd = catchThrowable(() -> {
            QueryResponseMessage<?> antwoord = bus.query(new GenericQueryMessage<>(new FindProjectiestanden(),
                    ResponseTypes.instanceOf(Projectiestanden.class)).andMetaData(anna.alsMetaData())).join();
            if (antwoord.isExceptional()) {
                throw antwoord.exceptionResult();
            }
        });
        QueryExecutionException weigering = (QueryExecutionException) (geweigerd instanceof CompletionException
                ? geweigerd.getCause() : geweigerd);
        assertThat(weigering.<Leesweigering>getDetails())
                .hasValueSatisfying(details -> assertThat(details.status()).isEqualTo(403));
    }

    private static Optional<HuishoudenOverzicht> overzicht(QueryBus bus, String huishouden, Vrager vrager) {
        return bus.query(new GenericQueryMessage<>(new FindHuishoudenOverzicht(huishouden),
                ResponseTypes.optionalInstanceOf(HuishoudenOverzicht.class)).andMetaData(vrager.alsMetaData()))
                .join().getPayload();
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
        ApiClient.Answer verouderd = new ApiClient(commandTwee.poort(), "bram").postRaw(casus + "/termijnen",
                "{\"hulpvraagId\": \"" + melding.body().get("hulpvraagId").asText()
                        + "\", \"regime\": \"SCHULDHULP_VERZOEK_EERSTE_GESPREK\"}",
                Map.of("If-Match", oud));
        assertThat(verouderd.status()).as(verouderd.body().toString()).isEqualTo(409);
        assertThat(verouderd.body().get("regel").asText()).isEqualTo("verouderde-versie");
    }

    @Test
    @Order(3)
    void twoAndThreeQuerySideInstancesShareEveryProjectionsSegmentsFairly() {
        String een = instantie(queryEen);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(aandelen(List.of(een, QUERY_TWEE))).allSatisfy((projectie, aandeel) ->
                        assertThat(aandeel).as(projectie).containsExactly(2, 2)));
        System.out.println("Segment shares with 2 query-side instances: " + aandelen(List.of(een, QUERY_TWEE)));

        long gestart = System.nanoTime();
        queryDrie = start(QuerySideApplication.class, QuerySideApplication.CONFIG_NAME, List.of(
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres", "spring.datasource.password=",
                "axon.axonserver.enabled=true", "axon.axonserver.servers=" + servers));
        long opgestart = System.nanoTime();
        List<String> drie = List.of(een, QUERY_TWEE, instantie(queryDrie));
        // while the shares settle a projection can show 2 + 1 + 1 with the 2 still on the instance about to release
        // one, so wait for the settled division: 2 + 1 + 1 of every projection, and of all segments (6 projections
        // of 4) an even share per instance; with 5 projections it was 7 + 7 + 6 of 20, the extra ones going round
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, List<Integer>> aandelen = aandelen(drie);
            assertThat(aandelen).allSatisfy((projectie, aandeel) ->
                    assertThat(aandeel).as(projectie).containsExactlyInAnyOrder(2, 1, 1));
            assertThat(totalen(aandelen)).as("segments per instance over all projections")
                    .containsExactlyInAnyOrder(8, 8, 8);
        });
        Map<String, List<Integer>> aandelen = aandelen(drie);
        System.out.printf("Segment shares with 3 query-side instances: %s (totals %s); the third had its share "
                        + "%d ms after its start-up (start-up %d ms)%n", aandelen, totalen(aandelen),
                (System.nanoTime() - opgestart) / 1_000_000, (opgestart - gestart) / 1_000_000);
    }

    @Test
    @Order(4)
    void aStoppedQuerySideInstancesSegmentsAreTakenOverAndTheLagReturnsToZero() {
        List<String> overblijvers = List.of(instantie(queryEen), QUERY_TWEE);
        long gestopt = System.nanoTime();
        queryDrie.close();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT processorname || '/' || segment || ': ' || coalesce(owner, '-') FROM tokenentry "
                        // the projections' segments only: the command side's merge saga keeps its own token
                        + "WHERE (owner IS NULL OR owner NOT IN (:owners)) AND processorname IN (:projecties)")
                .param("owners", overblijvers).param("projecties", PROJECTIES).query(String.class).list()).isEmpty());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(aandelen(overblijvers)).allSatisfy((projectie, aandeel) ->
                        assertThat(aandeel).as(projectie).containsExactly(2, 2)));
        System.out.printf("A stopped query-side instance's segments taken over in %d ms%n",
                (System.nanoTime() - gestopt) / 1_000_000);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(achterstanden(port(queryEen))).containsOnlyKeys(PROJECTIES)
                    .allSatisfy((naam, lag) -> assertThat(lag).as(naam).isZero());
            assertThat(achterstanden(queryTwee.poort())).isEqualTo(achterstanden(port(queryEen)));
        });
    }

    @Test
    @Order(5)
    void aKilledQuerySideInstancesSegmentsAreTakenOverWithinSecondsAndReadsStayCorrect() throws Exception {
        String overblijver = instantie(queryEen);
        long gedood = System.nanoTime();
        queryTwee.kill9();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(aandelen(List.of(overblijver))).allSatisfy((projectie, aandeel) ->
                        assertThat(aandeel).as(projectie).containsExactly(SEGMENTEN)));
        long overname = (System.nanoTime() - gedood) / 1_000_000;
        System.out.printf("A killed (kill -9) query-side instance's segments taken over in %d ms%n", overname);
        // its claims expire after the claim timeout (5 s), its heartbeat after 5 s, then one claim interval (1 s)
        assertThat(overname).isLessThan(10_000);

        ApiClient anna = new ApiClient(port(commandEen), "anna");
        ApiClient lezer = new ApiClient(port(queryEen), "anna");
        for (int i = 0; i < 5; i++) {
            String huishouden = "na-kill-" + UUID.randomUUID();
            ApiClient.Answer melding = anna.post("/api/meldingen", Map.of("huishoudenId", huishouden,
                    "kanaal", "TELEFOON", "levensdomeinen", List.of("WMO_ONDERSTEUNING")));
            assertThat(melding.status()).isEqualTo(201);
            ApiClient.Answer gelezen = lezer.get("/api/huishoudens/" + huishouden + "?minimaleVersie="
                    + melding.headers().getETag().replace("\"", ""));
            assertThat(gelezen.status()).isEqualTo(200);
            assertThat(gelezen.headers().getFirst("X-Versie-Bereikt")).isEqualTo("true");
            assertThat(gelezen.body().at("/openCasus/casusId").asText())
                    .isEqualTo(melding.body().get("casusId").asText());
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(achterstanden(port(queryEen))).containsOnlyKeys(PROJECTIES)
                        .allSatisfy((naam, lag) -> assertThat(lag).as(naam).isZero()));
    }

    @Test
    @Order(6)
    void everyAcknowledgedWriteSurvivesACommandSideKilledUnderLoadAndWritesContinueOnTheOther() throws Exception {
        int eigenPoort = port(commandEen);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Queue<String> bevestigd = new ConcurrentLinkedQueue<>();
        ConcurrentMap<String, AtomicInteger> uitkomsten = new ConcurrentHashMap<>();
        AtomicLong gedoodOp = new AtomicLong(Long.MAX_VALUE);
        AtomicInteger bevestigdDoorOverblijverNaKill = new AtomicInteger();
        AtomicInteger bevestigdDoorSlachtoffer = new AtomicInteger();
        AtomicBoolean klaar = new AtomicBoolean();
        String anna = "Basic " + Base64.getEncoder().encodeToString("anna:anna".getBytes(StandardCharsets.UTF_8));

        ExecutorService schrijvers = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int schrijver = t;
            schrijvers.submit(() -> {
                for (int i = 0; !klaar.get(); i++) {
                    boolean naarSlachtoffer = (i + schrijver) % 2 == 0;
                    int poort = naarSlachtoffer ? commandTwee.poort() : eigenPoort;
                    String huishouden = "last-" + UUID.randomUUID();
                    long verstuurd = System.nanoTime();
                    String uitkomst;
                    try {
                        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + poort + "/api/meldingen"))
                                .timeout(Duration.ofSeconds(15))
                                .header("Authorization", anna).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"huishoudenId\":\"" + huishouden
                                        + "\",\"kanaal\":\"TELEFOON\",\"levensdomeinen\":[\"WONEN\"]}"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        uitkomst = (naarSlachtoffer ? "slachtoffer " : "overblijver ") + antwoord.statusCode();
                        if (antwoord.statusCode() / 100 == 2) {
                            bevestigd.add(huishouden);
                            if (naarSlachtoffer) {
                                bevestigdDoorSlachtoffer.incrementAndGet();
                            } else if (verstuurd > gedoodOp.get()) {
                                bevestigdDoorOverblijverNaKill.incrementAndGet();
                            }
                        } else if (antwoord.statusCode() >= 500) {
                            uitkomst += " " + antwoord.body().replaceAll("\\s+", " ");
                        }
                    } catch (IOException e) {
                        uitkomst = (naarSlachtoffer ? "slachtoffer " : "overblijver ") + e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        return;
                    }
                    uitkomsten.computeIfAbsent(uitkomst, key -> new AtomicInteger()).incrementAndGet();
                }
            });
        }
        // killed once it has acknowledged writes, and the load goes on until the survivor acknowledged some more; on
        // a busy machine this takes longer than on a quiet one, hence waiting for counts rather than fixed times
        await().atMost(Duration.ofSeconds(60)).until(() -> bevestigdDoorSlachtoffer.get() >= 3);
        Thread.sleep(1_000);
        gedoodOp.set(System.nanoTime());
        commandTwee.kill9();
        await().atMost(Duration.ofSeconds(60)).until(() -> bevestigdDoorOverblijverNaKill.get() >= 10);
        klaar.set(true);
        schrijvers.shutdown();
        assertThat(schrijvers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        System.out.printf("Writes under load with a command side killed: %d acknowledged (%d by the killed one "
                        + "before, %d by the survivor after the kill); answers %s%n", bevestigd.size(),
                bevestigdDoorSlachtoffer.get(), bevestigdDoorOverblijverNaKill.get(), new TreeMap<>(uitkomsten));

        assertThat(bevestigdDoorSlachtoffer.get()).as("writes through the instance to be killed").isPositive();
        assertThat(bevestigdDoorOverblijverNaKill.get()).as("writes through the survivor after the kill")
                .isGreaterThanOrEqualTo(5);
        // a write the survivor answered is a 201, or a 503 to retry while the killed instance's commands are lost
        assertThat(uitkomsten.keySet()).filteredOn(uitkomst -> uitkomst.startsWith("overblijver"))
                .allSatisfy(uitkomst -> assertThat(uitkomst).matches("overblijver (201|503).*"));

        // every acknowledged write is in the event store and in the overview
        EventStore eventStore = commandEen.getBean(EventStore.class);
        List<String> ontbrekend = bevestigd.stream()
                .filter(huishouden -> !eventStore.readEvents(huishouden).hasNext()).toList();
        assertThat(ontbrekend).as("acknowledged but not in the event store").isEmpty();
        ApiClient lezer = new ApiClient(port(queryEen), "anna");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(bevestigd.stream()
                .filter(huishouden -> lezer.get("/api/huishoudens/" + huishouden).status() != 200)
                .collect(Collectors.toList())).as("acknowledged but not in the overview").isEmpty());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(achterstanden(port(queryEen))).allSatisfy((naam, lag) -> assertThat(lag).as(naam).isZero()));
    }

    /** Per projection the number of segments each instance claims, in the order of the given owners. */
    private static Map<String, List<Integer>> aandelen(Collection<String> eigenaars) {
        Map<String, Map<String, Long>> perProjectie = jdbc.sql(
                        "SELECT processorname, owner FROM tokenentry WHERE owner IS NOT NULL")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                        Collectors.groupingBy(Map.Entry::getValue, Collectors.counting())));
        Map<String, List<Integer>> aandelen = new TreeMap<>();
        for (String projectie : PROJECTIES) {
            Map<String, Long> perEigenaar = perProjectie.getOrDefault(projectie, Map.of());
            aandelen.put(projectie, eigenaars.stream()
                    .map(eigenaar -> perEigenaar.getOrDefault(eigenaar, 0L).intValue()).toList());
        }
        return aandelen;
    }

    /** Per instance the segments it claims over all projections. */
    private static List<Integer> totalen(Map<String, List<Integer>> aandelen) {
        int[] totalen = new int[aandelen.values().iterator().next().size()];
        aandelen.values().forEach(aandeel -> {
            for (int i = 0; i < totalen.length; i++) {
                totalen[i] += aandeel.get(i);
            }
        });
        return java.util.Arrays.stream(totalen).boxed().toList();
    }

    private static Map<String, Long> achterstanden(int poort) {
        Map<String, Long> achterstanden = new TreeMap<>();
        ApiClient.Answer answer = new ApiClient(poort, "bea").get("/api/beheer/projecties");
        assertThat(answer.status()).isEqualTo(200);
        for (JsonNode stand : answer.body()) {
            achterstanden.put(stand.get("naam").asText(), stand.get("achterstand").asLong());
        }
        return achterstanden;
    }

    private static String instantie(ConfigurableApplicationContext querySide) {
        return querySide.getBean(QueryInstanties.class).instantie();
    }

    private static ConfigurableApplicationContext start(Class<?> application, String configName,
                                                        List<String> properties) {
        List<String> alle = new ArrayList<>(List.of(configName, "server.port=0", "logging.structured.format.console="));
        alle.addAll(properties);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .run(TestDatabases.asArguments(alle.toArray(String[]::new)));
        CONTEXTS.add(context);
        return context;
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
