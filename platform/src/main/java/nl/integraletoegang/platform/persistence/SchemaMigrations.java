package nl.integraletoegang.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;

/**
 * Each owner of tables (the event store, the command side, the query side) migrates its own set with its
 * own history table, so the sides can run in one process or as separate processes on one database.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    public static FlywayMigrationInitializer forOwner(DataSource dataSource, String owner) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/" + owner)
                .table("flyway_history_" + owner)
                // Another owner's tables may already be there; this owner's migrations still all apply.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        return new FlywayMigrationInitializer(flyway);
    }
}
