package nl.integraletoegang.query.versheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * Each event is deserialised (and decrypted) once for all projections while they read within the cache's window;
 * a projection further behind reads for itself; after an erasure no projection gets a payload decrypted before it.
 */
class GedeeldeEventCacheTest {

    record Gemeld(String huishoudenId, String omschrijving) {
    }

    /**
     * Jackson that counts what it deserialises and, like the encrypting serializer after a key's destruction, reads
     * the personal text as "[gewist]" once {@link #gewist} is set.
     */
    static final class Opslag implements Serializer {

        private final JacksonSerializer jackson = JacksonSerializer.defaultSerializer();
        final AtomicInteger gelezen = new AtomicInteger();
        volatile boolean gewist;

        /** The event at {@code index} as a stream reads it from the store: a message of its own, not yet read. */
        TrackedEventMessage<?> lees(long index, Object payload) {
            SerializedObject<byte[]> data = jackson.serialize(payload, byte[].class);
            SerializedObject<byte[]> meta = jackson.serialize(MetaData.emptyInstance(), byte[].class);
            return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(index), "Huishouden",
                    "hh-1", index, new SerializedMessage<>("event-" + index, data, meta, this), () -> Instant.EPOCH);
        }

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            return jackson.serialize(object, expectedRepresentation);
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return jackson.canSerializeTo(expectedRepresentation);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            T object = jackson.deserialize(serializedObject);
            if (object instanceof Gemeld gemeld) {
                gelezen.incrementAndGet();
                return (T) (gewist ? new Gemeld(gemeld.huishoudenId(), "[gewist]") : gemeld);
            }
            return object;
        }

        @Override
        public Class classForType(SerializedType type) {
            return jackson.classForType(type);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return jackson.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return jackson.getConverter();
        }
    }

    private final Opslag opslag = new Opslag();
    private final Gemeld melding = new Gemeld("hh-1", "Johanna belt over een huurachterstand");

    @Test
    void aSecondProjectionGetsTheFirstOnesPayloadWithItsOwnToken() {
        GedeeldeEventCache cache = new GedeeldeEventCache(100);
        TrackedEventMessage<?> eerste = cache.deel(opslag.lees(7, melding));
        assertThat(eerste.getPayload()).isEqualTo(melding);

        TrackedEventMessage<?> gelezen = opslag.lees(7, melding)
                .withTrackingToken(new GlobalSequenceTrackingToken(7));
        TrackedEventMessage<?> tweede = cache.deel(gelezen);

        assertThat(tweede.getPayload()).isEqualTo(melding);
        assertThat(tweede.trackingToken()).isSameAs(gelezen.trackingToken());
        assertThat(tweede.getIdentifier()).isEqualTo("event-7");
        assertThat(opslag.gelezen).hasValue(1);
        assertThat(cache.treffers()).isEqualTo(1);
        assertThat(cache.missers()).isEqualTo(1);
    }

    @Test
    void aProjectionFurtherBehindThanTheCacheHoldsReadsForItself() {
        GedeeldeEventCache cache = new GedeeldeEventCache(2);
        for (long index = 0; index < 3; index++) {
            cache.deel(opslag.lees(index, melding)).getPayload();
        }
        // index 0 shared its place with index 2, which took it
        assertThat(cache.deel(opslag.lees(0, melding)).getPayload()).isEqualTo(melding);
        assertThat(cache.deel(opslag.lees(2, melding)).getPayload()).isEqualTo(melding);

        assertThat(opslag.gelezen).hasValue(4);
        assertThat(cache.treffers()).isEqualTo(1);
    }

    @Test
    void anotherEventAtTheSameIndexIsNotTakenForIt() {
        GedeeldeEventCache cache = new GedeeldeEventCache(100);
        cache.deel(opslag.lees(3, melding)).getPayload();
        Gemeld ander = new Gemeld("hh-2", "iets anders");
        TrackedEventMessage<?> anderEvent = new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(3),
                "Huishouden", "hh-2", 0, new GenericMessage<>("ander-event", ander, MetaData.emptyInstance()),
                () -> Instant.EPOCH);

        assertThat(cache.deel(anderEvent).getPayload()).isEqualTo(ander);
        assertThat(cache.treffers()).isZero();
    }

    @Test
    void afterAKeyIsDestroyedNoPayloadDecryptedBeforeReachesAProjection() {
        GedeeldeEventCache cache = new GedeeldeEventCache(100);
        assertThat(cache.deel(opslag.lees(1, melding)).getPayload()).isEqualTo(melding);

        // the key store destroys the household's key and tells the cache (PersoonSleutels#bijVernietiging)
        opslag.gewist = true;
        cache.vergeet();

        assertThat(cache.deel(opslag.lees(1, melding)).getPayload())
                .isEqualTo(new Gemeld("hh-1", "[gewist]"));
    }

    @Test
    void anErasureByAnotherProcessIsForgottenOnceAStreamReadsItsEvent() {
        GedeeldeEventCache cache = new GedeeldeEventCache(100);
        // the first projection reads the melding, then the erasure a command-side process committed meanwhile
        assertThat(cache.deel(opslag.lees(1, melding)).getPayload()).isEqualTo(melding);
        opslag.gewist = true;
        cache.deel(opslag.lees(2, new PersoonsgegevensGewist("hh-1", "hh-1", "Bewaartermijn verstreken")));

        // a projection behind it reads the melding only now
        assertThat(cache.deel(opslag.lees(1, melding)).getPayload())
                .isEqualTo(new Gemeld("hh-1", "[gewist]"));
        // a later stream reading the same erasure event again does not empty the cache once more
        cache.deel(opslag.lees(3, melding)).getPayload();
        cache.deel(opslag.lees(2, new PersoonsgegevensGewist("hh-1", "hh-1", "Bewaartermijn verstreken")));
        assertThat(cache.deel(opslag.lees(3, melding)).getPayload()).isEqualTo(new Gemeld("hh-1", "[gewist]"));
        assertThat(cache.treffers()).isEqualTo(1);
    }

    @Test
    void projectionsReadingAtOnceEachGetTheRightEventWithTheirOwnToken() throws Exception {
        GedeeldeEventCache cache = new GedeeldeEventCache(512);
        int events = 5_000;
        List<Callable<Integer>> projecties = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            projecties.add(() -> {
                int juist = 0;
                for (long index = 0; index < events; index++) {
                    TrackedEventMessage<?> gelezen = opslag.lees(index, new Gemeld("hh-" + index, "tekst " + index));
                    TrackedEventMessage<?> gekregen = cache.deel(gelezen);
                    if (gekregen.trackingToken() == gelezen.trackingToken()
                            && gekregen.getIdentifier().equals("event-" + index)
                            && gekregen.getPayload().equals(new Gemeld("hh-" + index, "tekst " + index))) {
                        juist++;
                    }
                }
                return juist;
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            for (Future<Integer> projectie : threads.invokeAll(projecties)) {
                assertThat(projectie.get()).isEqualTo(events);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(cache.treffers() + cache.missers()).isEqualTo(6L * events);
    }
}
