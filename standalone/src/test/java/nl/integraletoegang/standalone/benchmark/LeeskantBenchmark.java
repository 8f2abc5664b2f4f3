package nl.integraletoegang.standalone.benchmark;

import nl.integraletoegang.api.beheer.Projectiebeheer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import nl.integraletoegang.platform.privacy.PersoonSleutels;
import nl.integraletoegang.query.beheer.Projecties;
import nl.integraletoegang.query.versheid.GedeeldeEventCache;
import nl.integraletoegang.standalone.StandaloneApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read side at scale, on a database the generator filled ({@code -Pgenereer -Ddata=...}): the standalone service
 * starts on it and measures, each next to a baseline in the same run,
 * <ol>
 *   <li>the full replay of every projection: the time until all have processed every event (their catch-up
 *       when the generator left them behind, otherwise a rebuild of all), in events/s and CPU per event, next to
 *       reading the whole event store over JDBC;</li>
 *   <li>the household overview over HTTP, one client, as a worker of team WMO on households with a hulpvraag at
 *       WMO: p50/p99, alternating with {@code /actuator/health/liveness};</li>
 *   <li>the management figures over HTTP (all figure groups per month, every wijk, all time), next to
 *       {@code SELECT count(*)} over the largest fact table.</li>
 * </ol>
 * The database is used as it is and can be measured again (README: "The read side at scale").
 */
public final class LeeskantBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LeeskantBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("data", "target/gemeente"));
        int requests = Integer.getInteger("benchmark.requests", 2000);
        int figuurRuns = Integer.getInteger("benchmark.figuren-runs", 20);
        // replay,overzicht,figuren: which measurements to take (all by default)
        List<String> onderdelen = List.of(System.getProperty("benchmark.onderdelen", "replay,overzicht,figuren")
                .split(","));
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException("No database in " + data.toAbsolutePath() + ": generate one first with "
                    + "-Pgenereer -Ddata=" + data);
        }
        List<String> report = new ArrayList<>();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StandaloneApplication.class)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run("--server.port=0", "--integrale-toegang.embedded-postgres.data-directory=" + data)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            long events = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
            long huishoudens = jdbc.sql("SELECT count(DISTINCT aggregateidentifier) FROM domainevententry")
                    .query(Long.class).single();
            report.add(String.format("database %s: %,d events of %,d households", data, events, huishoudens));

            if (onderdelen.contains("replay")) {
                meld(report, replay(context, events));
            }
            if (onderdelen.contains("overzicht")) {
                meld(report, overzicht(port, jdbc, requests));
            }
            if (onderdelen.contains("figuren")) {
                meld(report, figuren(port, jdbc, figuurRuns));
            }
        }
        System.out.println();
        System.out.println("The read side at scale:");
        report.forEach(System.out::println);
        System.exit(0);
    }

    private static void meld(List<String> report, List<String> regels) {
        regels.forEach(regel -> System.out.println("RESULT " + regel));
        report.addAll(regels);
    }

    /** The time until every projection has processed every event, and the raw read of those events as baseline. */
    private static List<String> replay(ConfigurableApplicationContext context, long events) throws Exception {
        Projecties projecties = context.getBean(Projecties.class);
        DataSource dataSource = context.getBean(DataSource.class);
        GedeeldeEventCache cache = context.getBeanProvider(GedeeldeEventCache.class).getIfAvailable();
        PersoonSleutels sleutels = context.getBean(PersoonSleutels.class);
        List<String> regels = new ArrayList<>();
        long start = System.nanoTime();
        long gelezen = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("SELECT globalindex, payloadtype, payload, "
                    + "metadata, timestamp FROM domainevententry ORDER BY globalindex")) {
                statement.setFetchSize(1000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getBytes(3);
                        rows.getBytes(4);
                        gelezen++;
                    }
                }
            }
            connection.commit();
        }
        double leesSeconden = (System.nanoTime() - start) / 1e9;
        regels.add(String.format("baseline: reading all %,d events over JDBC: %.1f s = %,.0f events/s", gelezen,
                leesSeconden, gelezen / leesSeconden));

        boolean achter = projecties.standen().stream().anyMatch(stand -> stand.achterstand() > 0);
        String soort = achter ? "catch-up of all projections from where the generator left them"
                : "rebuild of all projections";
        ResourceMeter meter = new ResourceMeter(dataSource);
        ResourceMeter.Reading voor = meter.read();
        long treffersVoor = cache == null ? 0 : cache.treffers();
        long missersVoor = cache == null ? 0 : cache.missers();
        long sleutelsVoor = sleutels.opzoekingen();
        long sleutelMissersVoor = sleutels.missers();
        start = System.nanoTime();
        if (!achter) {
            projecties.standen().forEach(stand -> projecties.herbouw(stand.naam()));
            Thread.sleep(2000);
        }
        long vorige = -1;
        while (true) {
            List<Projectiebeheer.Stand> standen = projecties.standen();
            long achterstand = standen.stream().mapToLong(Projectiebeheer.Stand::achterstand).sum();
            boolean klaar = standen.stream().allMatch(s -> s.actief() && !s.herbouwt() && s.achterstand() == 0);
            if (klaar) {
                break;
            }
            if (achterstand != vorige && (System.nanoTime() - start) / 1_000_000_000L % 30 == 0) {
                System.out.printf("  replay: %,d events still to process over all projections%n", achterstand);
            }
            vorige = achterstand;
            Thread.sleep(250);
        }
        double seconden = (System.nanoTime() - start) / 1e9;
        ResourceUsage gebruik = ResourceUsage.between(voor, meter.read());
        int aantal = projecties.namen().size();
        regels.add(String.format("%s: %.1f s = %,.0f events/s (each of the %d projections every event; %,.0f event "
                        + "handlings/s) = %.3f × the raw read", soort, seconden, events / seconden, aantal,
                aantal * events / seconden, (events / seconden) / (gelezen / leesSeconden)));
        int cores = Runtime.getRuntime().availableProcessors();
        double postgres = gebruik.postgres() * gebruik.seconds() * cores;
        regels.add(String.format("  CPU per event: JVM %.1f µs (projection threads %.1f µs, JIT/GC %.1f µs), "
                        + "PostgreSQL %.1f µs; per 1,000 events %.1f commits and %.1f WAL flushes; other processes "
                        + "took %.0f%% of the machine", 1e6 * gebruik.jvmCpuSeconds() / events,
                1e6 * gebruik.threadCpuSeconds().get(ResourceMeter.ThreadRole.PROJECTIONS) / events,
                1e6 * gebruik.jvmInternalCpuSeconds() / events, 1e6 * postgres / events,
                1000.0 * gebruik.commits() / events, 1000.0 * gebruik.walSyncs() / events,
                100 * gebruik.otherShare(cores)));
        long treffers = cache == null ? 0 : cache.treffers() - treffersVoor;
        long missers = cache == null ? 0 : cache.missers() - missersVoor;
        long opzoekingen = sleutels.opzoekingen() - sleutelsVoor;
        long sleutelMissers = sleutels.missers() - sleutelMissersVoor;
        regels.add(String.format("  shared events: %s; keys: %,d looked up, %,d read from the table (%.1f%%)",
                cache == null ? "off" : String.format("%,d places, %,d hits and %,d misses (hit rate %.1f%%)",
                        cache.grootte(), treffers, missers, 100.0 * treffers / Math.max(1, treffers + missers)),
                opzoekingen, sleutelMissers, 100.0 * sleutelMissers / Math.max(1, opzoekingen)));
        return regels;
    }

    private static List<String> overzicht(int port, JdbcClient jdbc, int requests) throws Exception {
        List<String> ids = new ArrayList<>(jdbc.sql("SELECT DISTINCT aggregateidentifier FROM domainevententry "
                + "WHERE payloadtype LIKE '%MeldingRegistered' AND convert_from(payload, 'UTF8') LIKE '%\"team\":\"WMO\"%' "
                + "LIMIT 20000").query(String.class).list());
        Collections.shuffle(ids, new Random(42));
        String anna = basic("anna");
        String bea = basic("bea");
        // need to know: anna sees a household while a hulpvraag of it is at her team or the casus is with her team;
        // the warm-up keeps the households she may see (a household she may not see answers 404, as an unknown one)
        List<String> zichtbaar = new ArrayList<>();
        for (int i = 0; i < ids.size() && zichtbaar.size() < Math.max(500, requests); i++) {
            if (status(port, "/api/huishoudens/" + ids.get(i), anna) == 200) {
                zichtbaar.add(ids.get(i));
            }
            get(port, "/actuator/health/liveness", bea, 200);
        }
        ids = zichtbaar;
        Samples overzicht = new Samples();
        Samples liveness = new Samples();
        for (int i = 0; i < requests; i++) {
            String id = ids.get(i % ids.size());
            overzicht.add(time(() -> get(port, "/api/huishoudens/" + id, anna, 200)));
            liveness.add(time(() -> get(port, "/actuator/health/liveness", bea, 200)));
        }
        return List.of(regel("household overview (GET /api/huishoudens/{id}, anna, " + ids.size()
                        + " WMO households)", overzicht, liveness),
                regel("baseline: GET /actuator/health/liveness", liveness, liveness));
    }

    private static List<String> figuren(int port, JdbcClient jdbc, int runs) throws Exception {
        String maria = basic("maria");
        for (int i = 0; i < 3; i++) {
            get(port, "/api/figuren?periode=MAAND", maria, 200);
        }
        Samples figuren = new Samples();
        Samples baseline = new Samples();
        for (int i = 0; i < runs; i++) {
            figuren.add(time(() -> get(port, "/api/figuren?periode=MAAND", maria, 200)));
            baseline.add(time(() -> jdbc.sql("SELECT count(*) FROM figuur_hulpvraag").query(Long.class).single()));
        }
        long hulpvragen = jdbc.sql("SELECT count(*) FROM figuur_hulpvraag").query(Long.class).single();
        return List.of(regel("management figures (GET /api/figuren?periode=MAAND, all wijken, all time)", figuren,
                        baseline),
                regel(String.format("baseline: SELECT count(*) FROM figuur_hulpvraag (%,d rows)", hulpvragen),
                        baseline, baseline));
    }

    private static String regel(String wat, Samples samples, Samples baseline) {
        long[] sorted = Samples.mergedAndSorted(List.of(samples));
        long[] basis = Samples.mergedAndSorted(List.of(baseline));
        return String.format("%-90s p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (p50 %.1f× baseline)", wat,
                Samples.percentileMillis(sorted, 50), Samples.percentileMillis(sorted, 99),
                Samples.percentileMillis(sorted, 100),
                Samples.percentileMillis(sorted, 50) / Samples.percentileMillis(basis, 50));
    }

    private static long time(LongSupplier werk) {
        long start = System.nanoTime();
        werk.getAsLong();
        return System.nanoTime() - start;
    }

    private static long time(Runnable werk) {
        long start = System.nanoTime();
        werk.run();
        return System.nanoTime() - start;
    }

    private static int status(int port, String pad, String authorization) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long get(int port, String pad, String authorization, int verwacht) {
        try {
            HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != verwacht) {
                throw new IllegalStateException(pad + " answered " + answer.statusCode());
            }
            return answer.body().length;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
