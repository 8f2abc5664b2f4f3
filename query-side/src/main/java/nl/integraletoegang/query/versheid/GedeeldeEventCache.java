package nl.integraletoegang.query.versheid;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * The events the projections' streams read from the store, shared between the projections: every projection reads
 * its own stream, and without this each would deserialise and decrypt every event again. The first stream to read
 * an event leaves its message here; a stream that reads the same global index later gets that message, whose payload
 * and metadata Axon deserialises once and keeps, with its own tracking token.
 *
 * <p>Bounded: one place per global index modulo the size, so it holds at most the last {@code grootte} indexes read;
 * a projection further behind than that reads for itself, as without the cache.
 *
 * <p>Erasure: a message decrypted before a person's key was destroyed holds that person's plain text. Every
 * destruction of a key in this process ({@link #vergeet()}, called by the key store before and after the erasure
 * commits) and every {@link PersoonsgegevensGewist} a stream reads (an erasure by another process) makes every message
 * cached until then unusable: a stream asking for it reads and decrypts the event itself, with the destroyed key.
 */
public class GedeeldeEventCache {

    private record Plek(long index, long generatie, TrackedEventMessage<?> message) {
    }

    private final AtomicReferenceArray<Plek> plekken;
    private final AtomicLong generatie = new AtomicLong();
    private final AtomicLong laatsteWissing = new AtomicLong(-1);
    private final LongAdder treffers = new LongAdder();
    private final LongAdder missers = new LongAdder();

    public GedeeldeEventCache(int grootte) {
        if (grootte < 1) {
            throw new IllegalArgumentException("The shared event cache needs at least one place");
        }
        this.plekken = new AtomicReferenceArray<>(grootte);
    }

    /**
     * The message to hand to a stream that read {@code gelezen}: the one another stream read at the same global index
     * (same event id), with this stream's token, or else {@code gelezen}, which is kept for the streams after it.
     */
    TrackedEventMessage<?> deel(TrackedEventMessage<?> gelezen) {
        OptionalLong positie = gelezen.trackingToken() == null ? OptionalLong.empty()
                : gelezen.trackingToken().position();
        if (positie.isEmpty()) {
            return gelezen;
        }
        long index = positie.getAsLong();
        if (PersoonsgegevensGewist.class.equals(gelezen.getPayloadType())) {
            if (laatsteWissing.getAndAccumulate(index, Math::max) < index) {
                vergeet();
            }
            return gelezen;
        }
        int plaats = (int) Math.floorMod(index, (long) plekken.length());
        long huidig = generatie.get();
        Plek plek = plekken.get(plaats);
        if (plek != null && plek.index() == index && plek.generatie() == huidig
                && plek.message().getIdentifier().equals(gelezen.getIdentifier())) {
            treffers.increment();
            return plek.message().withTrackingToken(gelezen.trackingToken());
        }
        missers.increment();
        if (plek == null || plek.index() <= index || plek.generatie() != huidig) {
            // the generation read before the message can have been deserialised: an erasure after this marks it stale
            plekken.compareAndSet(plaats, plek, new Plek(index, huidig, gelezen));
        }
        return gelezen;
    }

    /** Every message cached until now is no longer handed out: a key was destroyed. */
    public void vergeet() {
        generatie.incrementAndGet();
        // not only unusable: the plain text leaves the heap too
        for (int i = 0; i < plekken.length(); i++) {
            plekken.set(i, null);
        }
    }

    public long treffers() {
        return treffers.sum();
    }

    public long missers() {
        return missers.sum();
    }

    public int grootte() {
        return plekken.length();
    }
}
