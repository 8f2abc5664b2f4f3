package nl.integraletoegang.query.beheer;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the projections' dead-letter queues behave beyond Axon's defaults:
 * <ul>
 *     <li>a dead letter keeps a cause without personal data ({@link VeiligeOorzaak});</li>
 *     <li>an event whose handler failed outside a savepoint is not dead-lettered in the broken transaction: the batch
 *     fails and is retried with a savepoint around that event's handlers ({@link EventHandlerSavepoints});</li>
 *     <li>a rebuild (token reset) empties the projection's queue. The replay processes every event again, the
 *     dead-lettered ones included, so the old letters are stale: left in place they would hold every replayed event of
 *     their household behind them and be processed a second time. What still fails during the replay is
 *     dead-lettered anew.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterBeleid {

    @Bean
    ConfigurerModule deadLetterBeleidVoorProjecties(EventProcessorProperties properties) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            processing.registerDefaultDeadLetterPolicy(config -> (letter, cause) -> {
                if (EventHandlerSavepoints.batchBroken()) {
                    throw new EventHandlerSavepoints.BatchOpnieuw(letter.message().getPayloadType().getSimpleName());
                }
                return Decisions.enqueue(VeiligeOorzaak.van(cause));
            });
            properties.getProcessors().forEach((naam, instellingen) -> {
                if (instellingen.getDlq().isEnabled()) {
                    // this registration replaces Axon's own for the processor, which applies the dlq.cache settings
                    EventProcessorProperties.DlqCache cache = instellingen.getDlq().getCache();
                    processing.registerDeadLetteringEventHandlerInvokerConfiguration(naam, (config, builder) -> {
                        builder.allowReset(true);
                        if (cache.isEnabled()) {
                            builder.enableSequenceIdentifierCache().sequenceIdentifierCacheSize(cache.getSize());
                        }
                        return builder;
                    });
                }
            });
        };
    }
}
