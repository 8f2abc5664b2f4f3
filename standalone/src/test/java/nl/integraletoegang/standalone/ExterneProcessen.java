package nl.integraletoegang.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Processes of the distributed set-up that a test starts outside its own JVM, so that it can kill them as an
 * operating system would ({@code kill -9}): Axon Server from {@code AXONSERVER_JAR} and command-side or query-side
 * instances from their exec jars (built by {@code package} before this module's tests in a reactor build).
 */
public final class ExterneProcessen {

    static final Path MAP = Path.of("target", "verdeeld").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ExterneProcessen() {
    }

    /** A process started by a test: its HTTP port (and Axon Server's gRPC port), its log, the means to end it. */
    public record Proces(String naam, Process process, int poort, int grpcPoort, Path log) {

        /** Ends the process at once, without shutdown hooks or a goodbye to Axon Server: SIGKILL. */
        public void kill9() throws IOException, InterruptedException {
            new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start().waitFor();
            process.waitFor();
        }

        public void stop() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(20, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** Waits until {@code path} on this process answers 200, or fails naming the log. */
        public void wachtOp(String path, Duration geduld) throws InterruptedException {
            long einde = System.nanoTime() + geduld.toNanos();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + path))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            while (System.nanoTime() < einde) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(naam + " stopped during start-up; see " + log);
                }
                try {
                    if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException(naam + " not ready after " + geduld.toSeconds() + " s; see " + log);
        }
    }

    /** The Axon Server given to the tests: a running one ({@code AXON_AXONSERVER_SERVERS}) or a jar to start. */
    public static String gegeven(String naam) {
        String waarde = System.getenv(naam);
        if (waarde == null || waarde.isBlank()) {
            waarde = System.getProperty(naam);
        }
        return waarde == null || waarde.isBlank() ? null : waarde;
    }

    /** Axon Server SE from its jar in development mode, on free ports, with its data under target/verdeeld. */
    public static Proces startAxonServer(Path jar) throws IOException {
        Path map = leeg(MAP.resolve("axonserver"));
        int http = vrijePoort();
        int grpc = vrijePoort();
        return start("axonserver", map, List.of("-Xmx512m", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + http, "--axoniq.axonserver.port=" + grpc,
                "--axoniq.axonserver.devmode.enabled=true", "--axoniq.axonserver.standalone=true",
                "--axoniq.axonserver.event.storage=" + map.resolve("events"),
                "--axoniq.axonserver.snapshot.storage=" + map.resolve("events"),
                "--axoniq.axonserver.controldb-path=" + map.resolve("data"),
                "--axoniq.axonserver.pid-file-location=" + map.resolve("data"),
                "--logging.file.name=" + map.resolve("axonserver-intern.log")), http, grpc);
    }

    /**
     * A command-side or query-side instance from its exec jar (module {@code command-side} or {@code query-side}),
     * on a free port, with the given Spring properties.
     */
    static Proces startInstantie(String module, String naam, List<String> properties) throws IOException {
        Path jar = execJar(module);
        int poort = vrijePoort();
        List<String> argumenten = new ArrayList<>(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString(), "--server.port=" + poort,
                "--logging.structured.format.console="));
        properties.forEach(property -> argumenten.add("--" + property));
        return start(naam, MAP, argumenten, poort, -1);
    }

    private static Proces start(String naam, Path map, List<String> argumenten, int poort, int grpc)
            throws IOException {
        Files.createDirectories(map);
        Path log = MAP.resolve(naam + ".log");
        List<String> opdracht = new ArrayList<>();
        opdracht.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        opdracht.addAll(argumenten);
        ProcessBuilder builder = new ProcessBuilder(opdracht).directory(map.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        Process process = builder.start();
        return new Proces(naam, process, poort, grpc, log);
    }

    private static Path execJar(String module) throws IOException {
        Path target = Path.of("..", module, "target").toAbsolutePath().normalize();
        try (Stream<Path> jars = Files.list(target)) {
            return jars.filter(path -> path.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No exec jar in " + target
                            + ": build with ./mvnw -pl standalone -am verify (package runs before these tests)"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("No " + target + ": build with ./mvnw -pl standalone -am verify", e);
        }
    }

    static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path leeg(Path map) throws IOException {
        if (Files.exists(map)) {
            try (Stream<Path> paths = Files.walk(map)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return Files.createDirectories(map);
    }
}
