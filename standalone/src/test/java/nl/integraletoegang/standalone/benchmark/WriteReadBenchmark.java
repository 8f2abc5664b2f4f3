package nl.integraletoegang.standalone.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.integraletoegang.command.CommandSideApplication;
import nl.integraletoegang.query.QuerySideApplication;
import nl.integraletoegang.standalone.ExterneProcessen;
import nl.integraletoegang.standalone.StandaloneApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Write-to-read latency: how long after the answer to a write does the household overview show it? One client
 * registers a melding for a new household, then asks the read side for the household every 2 ms until it is there;
 * the time from the write's answer to the first 200 is one sample. Writes are spaced apart, as a worker's are, so
 * each finds the projections idle. Runs in standalone mode (one process), in split mode on PostgreSQL (command side
 * and query side as separate applications on one database) and in Axon Server mode, when
 * {@code AXON_AXONSERVER_SERVERS} names a running Axon Server or {@code AXONSERVER_JAR} one to start; prints
 * p50/p99/max per mode and the machine's load average while it measured ({@code /proc/loadavg}), since other
 * work on the machine moves the figures more than anything here. {@code -Dbenchmark.modes=standalone,split,axonserver}
 * picks the modes; {@code -Dbenchmark.query-properties="a=1,b=2;a=3"} measures the split and Axon Server modes once per
 * set of query-side settings (an empty set: the defaults), one right after the other, to compare settings under the
 * same load.
 *
 * <p>Run it with {@code ./mvnw -pl standalone -am -Pwrite-read-benchmark -DskipTests verify}; a main class rather
 * than a test, so the ordinary build never runs it.
 */
public final class WriteReadBenchmark {

    private static final Path ROOT = Path.of("target", "write-read-benchmark");
    private static final Path BINARIES = Path.of("target", "embedded-pg", "bin");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ANNA = "Basic " + Base64.getEncoder()
            .encodeToString("anna:anna".getBytes(StandardCharsets.UTF_8));

    private WriteReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int writes = Integer.getInteger("benchmark.writes", 200);
        long pauseMs = Long.getLong("benchmark.pause-ms", 100);
        List<String> modes = List.of(System.getProperty("benchmark.modes", "standalone,split,axonserver").split(","));
        List<String> report = new ArrayList<>();

        if (modes.contains("standalone")) {
            try (ConfigurableApplicationContext standalone = new SpringApplicationBuilder(StandaloneApplication.class)
                    .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                    .run("--server.port=0",
                            "--integrale-toegang.embedded-postgres.data-directory=" + fresh("standalone"),
                            "--integrale-toegang.embedded-postgres.working-directory=" + BINARIES.toAbsolutePath())) {
                report.add(measure("standalone", port(standalone), port(standalone), writes, pauseMs));
            }
        }

        // query-side settings to compare, measured one after the other in each mode: "a=1,b=2;a=3" (empty: defaults)
        List<String> variants = List.of(System.getProperty("benchmark.query-properties", "").split(";", -1));
        if (modes.contains("split")) {
            for (String variant : variants) {
                try (EmbeddedPostgres postgres = durable(fresh("split")).start();
                     ConfigurableApplicationContext commandSide = start(CommandSideApplication.class,
                             CommandSideApplication.CONFIG_NAME, postgres.getJdbcUrl("postgres", "postgres"));
                     ConfigurableApplicationContext querySide = start(QuerySideApplication.class,
                             QuerySideApplication.CONFIG_NAME, postgres.getJdbcUrl("postgres", "postgres"),
                             properties(variant))) {
                    report.add(measure("split on PostgreSQL" + label(variant), port(commandSide), port(querySide),
                            writes, pauseMs));
                }
            }
        }

        String axonServer = ExterneProcessen.gegeven("AXON_AXONSERVER_SERVERS");
        String axonServerJar = ExterneProcessen.gegeven("AXONSERVER_JAR");
        ExterneProcessen.Proces gestart = null;
        if (!modes.contains("axonserver")) {
            axonServer = null;
        } else if (axonServer == null && axonServerJar != null) {
            gestart = ExterneProcessen.startAxonServer(Path.of(axonServerJar));
            gestart.wachtOp("/actuator/health", Duration.ofMinutes(4));
            axonServer = "localhost:" + gestart.grpcPoort();
        }
        if (axonServer == null) {
            report.add("Axon Server: skipped (set AXONSERVER_JAR or AXON_AXONSERVER_SERVERS=host:8124 to measure it)");
        } else {
            try {
                for (String variant : variants) {
                    List<String> querySideProperties = new ArrayList<>(List.of("axon.axonserver.enabled=true",
                            "axon.axonserver.servers=" + axonServer));
                    querySideProperties.addAll(List.of(properties(variant)));
                    try (EmbeddedPostgres postgres = durable(fresh("axonserver")).start();
                         ConfigurableApplicationContext commandSide = start(CommandSideApplication.class,
                                 CommandSideApplication.CONFIG_NAME, postgres.getJdbcUrl("postgres", "postgres"),
                                 "axon.axonserver.enabled=true", "axon.axonserver.servers=" + axonServer);
                         ConfigurableApplicationContext querySide = start(QuerySideApplication.class,
                                 QuerySideApplication.CONFIG_NAME, postgres.getJdbcUrl("postgres", "postgres"),
                                 querySideProperties.toArray(String[]::new))) {
                        report.add(measure("Axon Server" + label(variant), port(commandSide), port(querySide),
                                writes, pauseMs));
                    }
                }
            } finally {
                if (gestart != null) {
                    gestart.stop();
                }
            }
        }
        System.out.println();
        System.out.println("Write-to-read latency, " + writes + " writes per mode, " + pauseMs + " ms apart:");
        report.forEach(System.out::println);
        System.exit(0);
    }

    private static String measure(String mode, int writePort, int readPort, int writes, long pauseMs)
            throws IOException, InterruptedException {
        for (int i = 0; i < 20; i++) {
            sample(writePort, readPort);
        }
        String loadBefore = load();
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < writes; i++) {
            samples.add(sample(writePort, readPort));
            Thread.sleep(pauseMs);
        }
        samples.sort(Comparator.naturalOrder());
        return String.format("%-28s p50 %6.1f ms   p99 %6.1f ms   max %6.1f ms   load average %s -> %s", mode,
                samples.get(samples.size() / 2), samples.get((int) Math.ceil(samples.size() * 0.99) - 1),
                samples.get(samples.size() - 1), loadBefore, load());
    }

    private static String[] properties(String variant) {
        return variant.isBlank() ? new String[0] : variant.split(",");
    }

    private static String label(String variant) {
        return variant.isBlank() ? "" : " [" + variant + "]";
    }

    /** The machine's load averages over 1, 5 and 15 minutes, as {@code uptime} shows them. */
    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** One write and the time, in ms, from its answer until the overview shows it. */
    private static double sample(int writePort, int readPort) throws IOException, InterruptedException {
        String huishouden = "wr-" + UUID.randomUUID();
        HttpResponse<String> write = HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + writePort + "/api/meldingen"))
                .header("Authorization", ANNA).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"huishoudenId\":\"" + huishouden
                        + "\",\"kanaal\":\"TELEFOON\",\"levensdomeinen\":[\"WMO_ONDERSTEUNING\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        long answered = System.nanoTime();
        if (write.statusCode() != 201) {
            throw new IllegalStateException("write refused: " + write.statusCode() + " " + write.body());
        }
        HttpRequest read = HttpRequest.newBuilder(URI.create(
                "http://localhost:" + readPort + "/api/huishoudens/" + huishouden)).header("Authorization", ANNA)
                .GET().build();
        while (HTTP.send(read, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() - answered > 30_000_000_000L) {
                throw new IllegalStateException("not seen within 30 s");
            }
            Thread.sleep(2);
        }
        return (System.nanoTime() - answered) / 1_000_000.0;
    }

    private static ConfigurableApplicationContext start(Class<?> application, String configName, String url,
                                                        String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--" + configName, "--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--logging.structured.format.console="));
        for (String property : extra) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(application)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** As durable as the standalone application's own database: every commit flushed to disk. */
    private static EmbeddedPostgres.Builder durable(Path dataDirectory) {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setOverrideWorkingDirectory(BINARIES.toFile())
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    private static Path fresh(String name) throws IOException {
        Path directory = ROOT.resolve(name).toAbsolutePath();
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return directory;
    }
}
