package nl.integraletoegang.command.termijn;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The termijn calendar for the command handlers. The deadlines themselves go through Axon's
 * {@code DbSchedulerDeadlineManager}, auto-configured on the db-scheduler table in PostgreSQL, so they survive a
 * restart and fire on one instance only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TermijnProperties.class)
class TermijnConfiguration {

    @Bean
    TermijnKalender termijnKalender(TermijnProperties properties) {
        return new TermijnKalender(properties);
    }
}
