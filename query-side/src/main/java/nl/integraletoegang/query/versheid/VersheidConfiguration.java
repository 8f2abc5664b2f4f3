package nl.integraletoegang.query.versheid;

import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import nl.integraletoegang.platform.privacy.PersoonSleutels;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The projections read new events as soon as they are committed. Without Axon Server the query side tails the event
 * table through Axon's embedded event store, which polls once a second for events appended by other processes and
 * whose streams cannot tell a waiting processor that events arrived; PostgreSQL's notification of new events wakes
 * the store at once and the processors are told (see {@link NieuweEventsLuisteraar}, {@link GewekteEventBron}).
 */
@Configuration(proxyBeanMethods = false)
class VersheidConfiguration {

    /** The message source of every projection ({@code axon.eventhandling.processors.*.source}). */
    private static final String BRON = "gewekteEventBron";

    @Bean
    GewekteEventBron gewekteEventBron(EventStore eventStore, ObjectProvider<GedeeldeEventCache> cache) {
        return new GewekteEventBron(eventStore, cache.getIfAvailable());
    }

    /**
     * Every pooled projection reading {@link GewekteEventBron} reads it through a source of its own that runs at most
     * {@code integrale-toegang.projecties.voorsprong} global indexes ahead of what its segments have processed (0: up
     * to Axon's buffers of 1,024 events per segment).
     */
    @Bean
    ConfigurerModule begrensdeVoorsprong(ObjectProvider<GewekteEventBron> bron, EventProcessorProperties processors,
                                         @Value("${integrale-toegang.projecties.voorsprong:300}") int voorsprong) {
        // the source is looked up when the processor is built: it needs the event store, which needs this configurer
        return configurer -> processors.getProcessors().forEach((naam, instellingen) -> {
            if (voorsprong > 0 && instellingen.getMode() == EventProcessorProperties.Mode.POOLED
                    && BRON.equals(instellingen.getSource())) {
                configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(naam,
                        (config, builder) -> builder.messageSource(
                                bron.getObject().begrensd(voorsprong, new VerwerktePositie(config, naam))));
            }
        });
    }

    /**
     * The events read by one projection, for the others ({@code integrale-toegang.projecties.gedeelde-events}: how
     * many global indexes it holds; 0 switches it off).
     */
    @Bean
    @ConditionalOnExpression("${integrale-toegang.projecties.gedeelde-events:10000} > 0")
    GedeeldeEventCache gedeeldeEventCache(
            @Value("${integrale-toegang.projecties.gedeelde-events:10000}") int grootte,
            ObjectProvider<PersoonSleutels> sleutels) {
        GedeeldeEventCache cache = new GedeeldeEventCache(grootte);
        sleutels.ifAvailable(bron -> bron.bijVernietiging(cache::vergeet));
        return cache;
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    NieuweEventsLuisteraar nieuweEventsLuisteraar(DataSource dataSource, EventStore eventStore,
                                                  GewekteEventBron bron) {
        return eventStore instanceof EmbeddedEventStore embedded
                ? new NieuweEventsLuisteraar(dataSource, embedded, bron, Duration.ofSeconds(1))
                : null;
    }
}
