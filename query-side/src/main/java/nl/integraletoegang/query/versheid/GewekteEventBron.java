package nl.integraletoegang.query.versheid;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
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
 *
 * <p>A projection's own source ({@link #begrensd}) keeps its processor from reading far ahead of what it has
 * processed. Axon's pooled processor buffers up to 1,024 events per segment and, before handing out every event, asks
 * each buffer whether it is full by counting it ({@code ConcurrentLinkedQueue.size()}); with full buffers (a catch-up,
 * or a machine at its limit) that counting was half of the coordinators' CPU. A lead of a few batches keeps the worker
 * supplied and the buffers short.
 */
public class GewekteEventBron implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    /** How often a stream held back by its lead looks whether its processor has caught up. */
    private static final long HERHAAL_MS = 5;

    private final EventStore eventStore;
    private final GedeeldeEventCache cache;
    private final Set<Runnable> callbacks;
    private final ScheduledExecutorService wekker;
    private final Voorsprong voorsprong;

    public GewekteEventBron(EventStore eventStore) {
        this(eventStore, null);
    }

    /** @param cache the events shared between the streams; {@code null} to let each stream read for itself */
    public GewekteEventBron(EventStore eventStore, GedeeldeEventCache cache) {
        this(eventStore, cache, ConcurrentHashMap.newKeySet(), Executors.newSingleThreadScheduledExecutor(taak -> {
            Thread thread = new Thread(taak, "projecties-voorsprong");
            thread.setDaemon(true);
            return thread;
        }), Voorsprong.ONBEGRENSD);
    }

    private GewekteEventBron(EventStore eventStore, GedeeldeEventCache cache, Set<Runnable> callbacks,
                             ScheduledExecutorService wekker, Voorsprong voorsprong) {
        this.eventStore = eventStore;
        this.cache = cache;
        this.callbacks = callbacks;
        this.wekker = wekker;
        this.voorsprong = voorsprong;
    }

    /**
     * This source for one processor, whose streams hand out at most {@code maximum} global indexes beyond the
     * position its segments have processed ({@code verwerkt}; empty while it has none, which sets no bound). It shares
     * this source's wake-ups and cache.
     */
    public GewekteEventBron begrensd(int maximum, Supplier<OptionalLong> verwerkt) {
        return new GewekteEventBron(eventStore, cache, callbacks, wekker, new Voorsprong(maximum, verwerkt));
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
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return eventStore.createTokenSince(duration);
    }

    /** Stops the wake-ups of this source and of every source {@link #begrensd} made from it. */
    @Override
    public void close() {
        wekker.shutdownNow();
    }

    /** New events are in the store's streams: every processor waiting for events looks now. */
    void meldBeschikbaar() {
        callbacks.forEach(Runnable::run);
    }

    /** How far a processor's stream may run ahead of what the processor has processed. */
    private record Voorsprong(int maximum, Supplier<OptionalLong> verwerkt) {

        static final Voorsprong ONBEGRENSD = new Voorsprong(0, OptionalLong::empty);

        boolean bereikt(long uitgegeven) {
            if (maximum <= 0 || uitgegeven == Long.MIN_VALUE) {
                return false;
            }
            OptionalLong positie = verwerkt.get();
            return positie.isPresent() && uitgegeven - positie.getAsLong() >= maximum;
        }
    }

    private final class Stroom implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;
        private volatile boolean gesloten;
        /** What {@link #peek()} answered, so that the next message read is the same object. */
        private TrackedEventMessage<?> gepeekt;
        private long vorigeIndex = Long.MIN_VALUE;
        /** The global index of the last message handed out. */
        private volatile long uitgegeven = Long.MIN_VALUE;
        /** Whether a look by the {@link #wekker} is planned for this stream. */
        private final AtomicBoolean wachtend = new AtomicBoolean();

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

        /**
         * No next event while the lead is reached: the coordinator then waits for the callback, which this stream
         * calls as soon as the processor has caught up enough (looked at every few milliseconds meanwhile).
         */
        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (voorsprong.bereikt(uitgegeven)) {
                wachtOpVerwerking();
                return false;
            }
            return delegate.hasNextAvailable(timeout, unit);
        }

        private void wachtOpVerwerking() {
            if (wachtend.compareAndSet(false, true)) {
                wekker.schedule(this::kijkOfVerwerkt, HERHAAL_MS, TimeUnit.MILLISECONDS);
            }
        }

        private void kijkOfVerwerkt() {
            if (gesloten) {
                wachtend.set(false);
            } else if (voorsprong.bereikt(uitgegeven)) {
                wekker.schedule(this::kijkOfVerwerkt, HERHAAL_MS, TimeUnit.MILLISECONDS);
            } else {
                wachtend.set(false);
                Runnable wekken = callback;
                if (wekken != null) {
                    wekken.run();
                }
            }
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> gelezen = delegate.nextAvailable();
            TrackedEventMessage<?> antwoord = gepeekt != null ? gepeekt : gedeeld(gelezen);
            gepeekt = null;
            if (antwoord.trackingToken() != null) {
                antwoord.trackingToken().position().ifPresent(index -> uitgegeven = index);
            }
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
            gesloten = true;
            Runnable vorige = callback;
            if (vorige != null) {
                callbacks.remove(vorige);
            }
            delegate.close();
        }
    }
}
