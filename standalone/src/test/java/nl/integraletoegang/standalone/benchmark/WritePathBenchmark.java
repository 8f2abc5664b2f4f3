package nl.integraletoegang.standalone.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.integraletoegang.standalone.StandaloneApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The write-path benchmark: how close do commands over HTTP come to the rate at which the same PostgreSQL takes
 * single-row inserts? Starts the standalone application on a fresh embedded PostgreSQL (fsync and synchronous
 * commit on), measures the raw insert ceiling, then drives concurrent melding → triage → plan flows through the
 * HTTP API and prints commands/s, their p50/p99 latency and the ratio to the ceiling.
 *
 * <p>Run it with {@code ./mvnw -pl standalone -am -Pbenchmark -DskipTests verify} (see the README); a main class
 * rather than a test, so the ordinary build never runs it.
 */
public final class WritePathBenchmark {

    private WritePathBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        // every client keeps its connection open between requests, as the JDBC clients of the ceiling do
        System.setProperty("http.maxConnections", String.valueOf(settings.threads()));
        deleteRecursively(settings.dataDirectory());
        int exitCode;
        try (ConfigurableApplicationContext application = start(settings)) {
            exitCode = run(settings, application);
        }
        System.exit(exitCode);
    }

    static ConfigurableApplicationContext start(BenchmarkSettings settings) {
        // Quiet logging as a default, which -D system properties (-Dlogging.level.root=INFO) still override; the
        // port and the fresh data folder as arguments, which application.yml's port and data folder do not.
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run("--server.port=0",
                        "--integrale-toegang.embedded-postgres.data-directory=" + settings.dataDirectory(),
                        "--integrale-toegang.embedded-postgres.working-directory=" + settings.binariesDirectory());
    }

    private static int run(BenchmarkSettings settings, ConfigurableApplicationContext application) throws Exception {
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        HikariDataSource dataSource = (HikariDataSource) application.getBean(DataSource.class);
        InsertCeiling.Database database = new InsertCeiling.Database(dataSource.getJdbcUrl(),
                dataSource.getUsername(), dataSource.getPassword());
        ResourceMeter meter = new ResourceMeter(dataSource);
        Report report = new Report("Write-path benchmark", settings, describeDatabase(dataSource),
                location(application, dataSource), dataSource.getMaximumPoolSize());
        report.printSetup();

        InsertCeiling.createTable(database);
        TimedLoad.Result ceiling = TimedLoad.run(settings.threads(), settings.ceilingWarmUp(),
                settings.ceilingMeasured(), () -> InsertCeiling.worker(database), meter);
        InsertCeiling.dropTable(database);
        report.printCeiling(ceiling);

        TimedLoad.Result flows = TimedLoad.run(settings.threads(), settings.warmUp(), settings.measured(),
                () -> new HttpFlows(port, settings.user(), settings.team()), meter);
        report.printFlows(flows, "POST melding -> triage -> plan versie over HTTP, one command per request", 3);
        report.printRatio(flows, ceiling);
        return ceiling.errors() == 0 && flows.errors() == 0 ? 0 : 1;
    }

    /** The settings that decide durability, read from the server itself rather than assumed. */
    static String describeDatabase(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String fsync = show(statement, "fsync");
            if (!"on".equals(fsync)) {
                throw new IllegalStateException("fsync is " + fsync + "; the benchmark only means something with "
                        + "durable commits");
            }
            return String.format(Locale.ROOT, "PostgreSQL %s, fsync=%s, synchronous_commit=%s, wal_sync_method=%s",
                    show(statement, "server_version"), fsync, show(statement, "synchronous_commit"),
                    show(statement, "wal_sync_method"));
        }
    }

    /** Where the database runs: the embedded one with its data folder, or the external one it was pointed at. */
    static String location(ConfigurableApplicationContext application, HikariDataSource dataSource) {
        Environment environment = application.getEnvironment();
        if (!environment.getProperty("spring.datasource.url", "").isEmpty()) {
            return dataSource.getJdbcUrl() + " (external)";
        }
        Path data = Path.of(environment.getRequiredProperty("integrale-toegang.embedded-postgres.data-directory"));
        return dataSource.getJdbcUrl() + ", embedded, data in " + data.toAbsolutePath().normalize();
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet resultSet = statement.executeQuery("SHOW " + setting)) {
            resultSet.next();
            return resultSet.getString(1);
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
