package nl.integraletoegang.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/** Embedded PostgreSQL folders for tests live under {@code target/}, so {@code mvn clean} removes them. */
final class TestDatabases {

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

    /** The same settings as command-line arguments, which take precedence over the application's own files. */
    static String[] standaloneArguments(Path dataDirectory) {
        return Arrays.stream(standaloneProperties(dataDirectory)).map(property -> "--" + property)
                .toArray(String[]::new);
    }

    static String[] standaloneProperties(Path dataDirectory) {
        return new String[] {
            "server.port=0",
            "integrale-toegang.embedded-postgres.data-directory=" + dataDirectory,
            "integrale-toegang.embedded-postgres.working-directory=" + BINARIES
        };
    }
}
