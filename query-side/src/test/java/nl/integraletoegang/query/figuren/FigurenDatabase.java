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
    private final EmbeddedPostgres postgres;
    private final HikariDataSource dataSource;
    private final TransactionTemplate transactions;

    private FigurenDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(4);
        migrate();
        DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = JdbcClient.create(dataSource);
        this.projection = new ManagementFigurenProjection(jdbc,
                new FigurenBerekening(jdbc, transactionManager, AMSTERDAM));
    }

    private void migrate() {
        try {
            SchemaMigrations.forOwner(dataSource, "query").afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("The query side's migrations failed", e);
        }
    }

    /** A fresh, empty database in {@code target/embedded-pg/<name>}, durable like the standalone one. */
    static FigurenDatabase start(String name) {
        try {
            Files.createDirectories(ROOT.resolve("bin"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(ROOT.resolve(name))
                    .setCleanDataDirectory(true)
                    .setOverrideWorkingDirectory(ROOT.resolve("bin").toFile())
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .start();
            return new FigurenDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
