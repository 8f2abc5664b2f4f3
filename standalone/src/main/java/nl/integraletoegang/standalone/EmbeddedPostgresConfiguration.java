package nl.integraletoegang.standalone;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL (zonky's packaged binaries) when no datasource URL is configured, with its data in a
 * local folder that survives restarts. Setting {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL})
 * switches standalone mode to that external database instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    static final String PREFIX = "integrale-toegang.embedded-postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final Set<String> DURABILITY = Set.of("fsync", "synchronous_commit", "full_page_writes");

    /** Started early by {@link EmbeddedPostgresStart}, which also stops it, after everything that uses it. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresStart start) {
        return start.server();
    }

    /** Where no context initializer started it early: started here, on the main thread. */
    @Bean(name = EmbeddedPostgresStart.BEAN_NAME)
    @ConditionalOnMissingBean(name = EmbeddedPostgresStart.BEAN_NAME)
    EmbeddedPostgresStart embeddedPostgresStart(EmbeddedPostgresProperties properties) {
        return EmbeddedPostgresStart.now(properties);
    }

    static EmbeddedPostgres start(EmbeddedPostgresProperties properties) throws IOException {
        properties.serverConfig().keySet().stream().filter(DURABILITY::contains).findAny().ifPresent(setting -> {
            throw new IllegalStateException("The embedded PostgreSQL's " + setting + " is not a setting to change");
        });
        EmbeddedPostgres.Builder builder = durable(properties.dataDirectory());
        properties.serverConfig().forEach(builder::setServerConfig);
        if (properties.workingDirectory() != null) {
            Files.createDirectories(properties.workingDirectory());
            builder.setOverrideWorkingDirectory(properties.workingDirectory().toFile());
        }
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
                properties.dataDirectory().toAbsolutePath());
        return postgres;
    }

    /** A PostgreSQL that keeps its data in {@code dataDirectory} across restarts, with the project's server settings. */
    static EmbeddedPostgres.Builder durable(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Durability first: a registered melding must survive a crash of the machine.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("max_connections", "100")
                // The server log must not repeat failing rows (personal data): no DETAIL, no statement.
                .setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("log_min_error_statement", "panic");
    }

    /** The pool takes its settings ({@code spring.datasource.hikari.*}, timeouts above all) as any other would. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .password("")
                .build();
        dataSource.setPoolName("embedded-postgres");
        // A constraint violation's "Detail: Failing row contains (...)" would put personal data in exceptions and logs.
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        return dataSource;
    }
}
