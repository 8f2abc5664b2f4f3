package nl.integraletoegang.query.versheid;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the projections' message source. Axon's embedded store gives its streams no "events available"
 * callback, so a pooled processor that found nothing looks again only after 500 ms; here every stream gets that
 * callback, called by {@link NieuweEventsLuisteraar} the moment the store has read new events. Other stores (Axon
 * Server) are passed on as they are: their streams have the callback themselves.
 *
 * <p>The embedded store's streams also share what they read through a {@link GedeeldeEventCache}, when one is given:
 * each event is deserialised and decrypted once for all projections instead of once per projection.
 */
public class GewekteEventBron implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStore eventStore;
    private final GedeeldeEventCache cache;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();

    public GewekteEventBron(EventStore eventStore) {
        this(eventStore, null);
    }

    /** @param cache the events shared between the streams; {@code null} to let each stream read for itself */
    public GewekteEventBron(EventStore eventStore, GedeeldeEventCache cache) {
        this.eventStore = eventStore;
        this.cache = cache;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(trackingToken);
        return eventStore instanceof EmbeddedEventStore ? new Stroom(stream) : stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(java.time.Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(java.time.Duration duration) {
        return eventStore.createTokenSince(duration);
    }

    /** New events are in the store's streams: every processor waiting for events looks now. */
    void meldBeschikbaar() {
        callbacks.forEach(Runnable::run);
    }

    private final class Stroom implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;
        /** What {@link #peek()} answered, so that the next message read is the same object. */
        private TrackedEventMessage<?> gepeekt;
        private long vorigeIndex = Long.MIN_VALUE;

        private Stroom(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            if (gepeekt == null) {
                gepeekt = delegate.peek().map(this::gedeeld).orElse(null);
            }
            return Optional.ofNullable(gepeekt);
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> gelezen = delegate.nextAvailable();
            TrackedEventMessage<?> antwoord = gepeekt != null ? gepeekt : gedeeld(gelezen);
            gepeekt = null;
            return antwoord;
        }

        /**
         * Only the first message of a global index is shared: an upcaster may turn one stored event into several
         * messages with the same index and id, and those are read by each stream itself.
         */
        private TrackedEventMessage<?> gedeeld(TrackedEventMessage<?> gelezen) {
            if (cache == null) {
                return gelezen;
            }
            long index = gelezen.trackingToken() == null ? Long.MIN_VALUE
                    : gelezen.trackingToken().position().orElse(Long.MIN_VALUE);
            boolean eerste = index == Long.MIN_VALUE || index != vorigeIndex;
            vorigeIndex = index;
            return eerste ? cache.deel(gelezen) : gelezen;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable vorige = this.callback;
            if (vorige != null) {
                callbacks.remove(vorige);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public void close() {
            Runnable vorige = callback;
            if (vorige != null) {
                callbacks.remove(vorige);
            }
            delegate.close();
        }
    }
}
