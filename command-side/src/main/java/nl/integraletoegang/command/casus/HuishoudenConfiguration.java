package nl.integraletoegang.command.casus;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Households with long histories stay fast: loading starts from the latest snapshot. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotProperties.class)
class HuishoudenConfiguration {

    @Bean
    SnapshotTriggerDefinition huishoudenSnapshotTrigger(Snapshotter snapshotter, SnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.huishoudenDrempel());
    }
}
