package nl.integraletoegang.query.versheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A projection's stream runs at most its lead ahead of what its processor has processed, and tells the waiting
 * coordinator as soon as the processor has caught up; without a known position it sets no bound.
 */
class BegrensdeVoorsprongTest {

    private EmbeddedEventStore store;
    private GewekteEventBron bron;
    private final AtomicReference<OptionalLong> verwerkt = new AtomicReference<>(OptionalLong.empty());

    @BeforeEach
    void vijftigEvents() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        for (int i = 0; i < 50; i++) {
            store.publish(GenericEventMessage.asEventMessage("event " + i));
        }
        bron = new GewekteEventBron(store);
    }

    @AfterEach
    void sluit() {
        bron.close();
        store.shutDown();
    }

    @Test
    void handsOutNoMoreThanTheLeadBeyondWhatWasProcessed() throws Exception {
        verwerkt.set(OptionalLong.of(4));
        try (BlockingStream<TrackedEventMessage<?>> stream = bron.begrensd(10, verwerkt::get).openStream(null)) {
            CountDownLatch gewekt = new CountDownLatch(1);
            stream.setOnAvailableCallback(gewekt::countDown);

            assertThat(leesBeschikbaar(stream)).containsExactlyElementsOf(range(0, 14));
            assertThat(gewekt.await(200, TimeUnit.MILLISECONDS)).as("no wake-up while nothing was processed").isFalse();

            verwerkt.set(OptionalLong.of(30));
            assertThat(gewekt.await(2, TimeUnit.SECONDS)).as("woken once the processor caught up").isTrue();
            assertThat(leesBeschikbaar(stream)).containsExactlyElementsOf(range(15, 40));
        }
    }

    @Test
    void setsNoBoundWhileTheProcessorHasNoPosition() throws Exception {
        try (BlockingStream<TrackedEventMessage<?>> stream = bron.begrensd(10, verwerkt::get).openStream(null)) {
            assertThat(leesBeschikbaar(stream)).containsExactlyElementsOf(range(0, 49));
        }
    }

    @Test
    void theSharedSourceItselfIsNotBounded() throws Exception {
        verwerkt.set(OptionalLong.of(0));
        try (BlockingStream<TrackedEventMessage<?>> stream = bron.openStream(null)) {
            assertThat(leesBeschikbaar(stream)).containsExactlyElementsOf(range(0, 49));
        }
    }

    private static List<Long> leesBeschikbaar(BlockingStream<TrackedEventMessage<?>> stream) throws Exception {
        List<Long> indexen = new ArrayList<>();
        while (stream.hasNextAvailable()) {
            indexen.add(stream.nextAvailable().trackingToken().position().orElseThrow());
        }
        return indexen;
    }

    private static List<Long> range(long van, long totEnMet) {
        List<Long> indexen = new ArrayList<>();
        for (long i = van; i <= totEnMet; i++) {
            indexen.add(i);
        }
        return indexen;
    }
}
