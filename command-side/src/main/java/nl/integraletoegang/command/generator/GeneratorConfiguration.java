package nl.integraletoegang.command.generator;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The data generator, only where {@code integrale-toegang.generator.enabled=true}: a production service never fills
 * itself. It puts the generator's clock and deadline manager in front of the real ones; on every thread but a
 * generator's they behave as those do.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "integrale-toegang.generator.enabled", havingValue = "true")
@EnableConfigurationProperties(GeneratorProperties.class)
class GeneratorConfiguration {

    GeneratorConfiguration() {
        // Axon stamps every event with this clock; a static hook, hence set once, for the whole process
        GenericEventMessage.clock = SimulatieKlok.INSTANCE;
    }

    @Bean
    @Primary
    Clock simulatieKlok() {
        return SimulatieKlok.INSTANCE;
    }

    /** The durable deadline manager as Axon's auto-configuration builds it (it steps aside for any other). */
    @Bean
    DbSchedulerDeadlineManager dbSchedulerDeadlineManager(Scheduler scheduler,
                                                          org.axonframework.config.Configuration axon,
                                                          @Qualifier("eventSerializer") Serializer serializer,
                                                          TransactionManager transactions,
                                                          DeadlineManagerSpanFactory spanFactory) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactions)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    @Bean
    GemeenteGenerator gemeenteGenerator(org.axonframework.config.Configuration axon, CommandGateway commands,
                                        EventStore eventStore, SimulatieDeadlines deadlines,
                                        GeneratorProperties properties) {
        return new GemeenteGenerator(axon.eventProcessingConfiguration(), commands, eventStore, deadlines,
                properties.threads());
    }

    @Bean
    @Primary
    SimulatieDeadlines simulatieDeadlines(DbSchedulerDeadlineManager duurzaam,
                                          org.axonframework.config.Configuration axon,
                                          TransactionManager transactions) {
        return new SimulatieDeadlines(duurzaam, new ConfigurationScopeAwareProvider(axon), transactions);
    }
}
