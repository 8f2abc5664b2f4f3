package nl.integraletoegang.command.casus;

import java.time.Clock;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Households with long histories stay fast: loading starts from the latest snapshot. The clock is a bean so that
 * handlers get "now" injected instead of reading the system clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotProperties.class)
class HuishoudenConfiguration {

    @Bean
    SnapshotTriggerDefinition huishoudenSnapshotTrigger(Snapshotter snapshotter, SnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.huishoudenDrempel());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
