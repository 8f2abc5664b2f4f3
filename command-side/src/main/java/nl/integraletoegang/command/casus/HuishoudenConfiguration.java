package nl.integraletoegang.command.casus;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Households with long histories stay fast: loading starts from the latest snapshot. Snapshots are taken on a thread
 * of their own, after the command committed: outside the command's unit of work, a snapshot does not inherit the
 * command's audit metadata (its free-text reason is personal data, and snapshots are not encrypted), and the command
 * does not wait for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SnapshotProperties.class, HuishoudenCacheProperties.class})
class HuishoudenConfiguration {

    @Bean
    ThreadPoolTaskExecutor snapshotExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(10_000);
        executor.setThreadNamePrefix("snapshot-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        return executor;
    }

    /** Axon's caching repository with no cache at all when it is off: every command loads from the event store. */
    @Bean
    Cache huishoudenCache(HuishoudenCacheProperties properties) {
        return properties.enabled() ? new HuishoudenCache(properties.maxHuishoudens()) : NoCache.INSTANCE;
    }

    @Bean
    SnapshotTriggerDefinition huishoudenSnapshotTrigger(Snapshotter snapshotter, ThreadPoolTaskExecutor snapshotExecutor,
                                                        SnapshotProperties properties) {
        Snapshotter buitenDeOpdracht = (aggregateType, aggregateIdentifier) ->
                snapshotExecutor.execute(() -> snapshotter.scheduleSnapshot(aggregateType, aggregateIdentifier));
        return new EventCountSnapshotTriggerDefinition(buitenDeOpdracht, properties.huishoudenDrempel());
    }
}
