package nl.integraletoegang.command;

import javax.sql.DataSource;
import nl.integraletoegang.platform.persistence.SchemaMigrations;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tables the command side owns besides the event store: sagas, deadlines, idempotency keys. */
@Configuration(proxyBeanMethods = false)
class CommandSideSchemaConfiguration {

    @Bean
    FlywayMigrationInitializer commandSideMigrations(DataSource dataSource) {
        return SchemaMigrations.forOwner(dataSource, "command");
    }
}
