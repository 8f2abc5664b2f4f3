package nl.integraletoegang.query.versheid;

import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
    GewekteEventBron gewekteEventBron(EventStore eventStore) {
        return new GewekteEventBron(eventStore);
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
