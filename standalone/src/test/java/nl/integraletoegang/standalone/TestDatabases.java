package nl.integraletoegang.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Embedded PostgreSQL folders for tests live under {@code target/}, so {@code mvn clean} removes them. */
public final class TestDatabases {

    static final Path ROOT = Path.of("target", "embedded-pg");
    static final Path BINARIES = ROOT.resolve("bin");

    private TestDatabases() {
    }

    /** A fresh, empty data folder for a test that needs a database of its own. */
    static Path freshDataDirectory(String name) {
        Path directory = ROOT.resolve(name);
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }

    static String[] standaloneProperties(Path dataDirectory) {
        return new String[] {
            "server.port=0",
            "integrale-toegang.embedded-postgres.data-directory=" + dataDirectory,
            "integrale-toegang.embedded-postgres.working-directory=" + BINARIES
        };
    }

    /**
     * The properties as command-line arguments: they outrank the application's own {@code application.yml}, which
     * {@code SpringApplicationBuilder.properties} (defaults) would not.
     */
    static String[] asArguments(String... properties) {
        return Arrays.stream(properties).map(property -> "--" + property).toArray(String[]::new);
    }

    /** Points a Spring test context at a fresh embedded PostgreSQL of its own. */
    public static void register(DynamicPropertyRegistry registry, String name) {
        for (String property : standaloneProperties(freshDataDirectory(name))) {
            String[] keyValue = property.split("=", 2);
            registry.add(keyValue[0], () -> keyValue[1]);
        }
    }
}
