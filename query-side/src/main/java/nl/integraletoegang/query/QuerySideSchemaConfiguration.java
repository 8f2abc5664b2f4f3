package nl.integraletoegang.query;

import javax.sql.DataSource;
import nl.integraletoegang.platform.persistence.SchemaMigrations;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tables the query side owns: processor tokens, dead letters and the read models. */
@Configuration(proxyBeanMethods = false)
class QuerySideSchemaConfiguration {

    @Bean
    FlywayMigrationInitializer querySideMigrations(DataSource dataSource) {
        return SchemaMigrations.forOwner(dataSource, "query");
    }
}
