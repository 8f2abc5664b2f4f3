package nl.integraletoegang.query.versheid;

import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import nl.integraletoegang.platform.privacy.PersoonSleutels;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
    @Bean
    GewekteEventBron gewekteEventBron(EventStore eventStore, ObjectProvider<GedeeldeEventCache> cache) {
        return new GewekteEventBron(eventStore, cache.getIfAvailable());
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
