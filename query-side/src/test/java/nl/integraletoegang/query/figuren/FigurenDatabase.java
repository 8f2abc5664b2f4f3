package nl.integraletoegang.query.figuren;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Consumer;
import nl.integraletoegang.api.tijd.Tijdzone;
import nl.integraletoegang.platform.persistence.SchemaMigrations;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real PostgreSQL (embedded, under {@code target/}) with the query side's schema, and the figures projection on
 * it as a plain object: what the projection tests and the figures benchmark run against.
 */
final class FigurenDatabase implements AutoCloseable {

    static final ZoneId AMSTERDAM = Tijdzone.NEDERLAND;
    private static final Path ROOT = Path.of("target", "embedded-pg");

    final JdbcClient jdbc;
    final ManagementFigurenProjection projection;
    final DataSourceTransactionManager transactionManager;
    /** The server's log file. */
    final Path logboek;
    private final EmbeddedPostgres postgres;
    private final HikariDataSource dataSource;
    private final TransactionTemplate transactions;

    private FigurenDatabase(EmbeddedPostgres postgres, String schemaversie, Path logboek) {
        this.postgres = postgres;
        this.logboek = logboek;
        this.dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(4);
        if (schemaversie == null) {
            migrate();
        } else {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/query").table("flyway_history_query")
                    .target(schemaversie).load().migrate();
        }
        this.transactionManager = new DataSourceTransactionManager(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = JdbcClient.create(dataSource);
        this.projection = new ManagementFigurenProjection(jdbc,
                new FigurenBerekening(jdbc, transactionManager, AMSTERDAM), AMSTERDAM);
    }

    /** Brings the schema to the newest version, as the query side does at start-up. */
    void migrate() {
        try {
            SchemaMigrations.forOwner(dataSource, "query").afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("The query side's migrations failed", e);
        }
    }

    /** A fresh, empty database in {@code target/embedded-pg/<name>}, durable like the standalone one. */
    static FigurenDatabase start(String name) {
        return start(name, null);
    }

    /** As {@link #start(String)}, with the schema only up to {@code schemaversie} (all of it when null). */
    static FigurenDatabase start(String name, String schemaversie) {
        try {
            Files.createDirectories(ROOT.resolve("bin"));
            Path logboek = ROOT.resolve(name + "-log").toAbsolutePath();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(ROOT.resolve(name))
                    .setCleanDataDirectory(true)
                    .setOverrideWorkingDirectory(ROOT.resolve("bin").toFile())
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    // plans off until the figures benchmark turns them on to print those of the figures' statements
                    .setServerConfig("shared_preload_libraries", "auto_explain")
                    .setServerConfig("auto_explain.log_min_duration", "-1")
                    .setServerConfig("auto_explain.log_analyze", "on")
                    .setServerConfig("auto_explain.log_buffers", "on")
                    // the server's own log, where those plans go: its output is not followed after the start
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", logboek.toString())
                    .setServerConfig("log_filename", "postgresql.log")
                    .start();
            return new FigurenDatabase(postgres, schemaversie, logboek.resolve("postgresql.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connections opened from now on get the database's current settings. */
    void nieuweVerbindingen() {
        dataSource.getHikariPoolMXBean().softEvictConnections();
    }

    /** Runs handlers in one transaction, as a processor runs a batch. */
    void inTransaction(Consumer<ManagementFigurenProjection> work) {
        transactions.executeWithoutResult(status -> work.accept(projection));
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        postgres.close();
    }
}
