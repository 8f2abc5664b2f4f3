package nl.integraletoegang.platform.persistence;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store tables are shared: the command side appends, the query side tails them. Whichever
 * process starts first creates them (Flyway's lock keeps concurrent starts apart).
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean
    FlywayMigrationInitializer eventStoreMigrations(DataSource dataSource) {
        return SchemaMigrations.forOwner(dataSource, "eventstore");
    }
}
