package nl.integraletoegang.query.versheid;

import java.util.OptionalLong;
import java.util.function.Supplier;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

/**
 * The global index up to which a pooled processor has processed and committed on every segment it holds here:
 * the lowest position of its segments' status (Axon advances it after each batch's commit). Empty while it holds no
 * segment or has no position yet.
 */
final class VerwerktePositie implements Supplier<OptionalLong> {

    private final Configuration config;
    private final String processor;
    private volatile PooledStreamingEventProcessor gevonden;

    VerwerktePositie(Configuration config, String processor) {
        this.config = config;
        this.processor = processor;
    }

    @Override
    public OptionalLong get() {
        PooledStreamingEventProcessor pooled = gevonden;
        if (pooled == null) {
            pooled = config.eventProcessingConfiguration()
                    .eventProcessor(processor, PooledStreamingEventProcessor.class).orElse(null);
            if (pooled == null) {
                return OptionalLong.empty();
            }
            gevonden = pooled;
        }
        long laagste = Long.MAX_VALUE;
        for (EventTrackerStatus status : pooled.processingStatus().values()) {
            OptionalLong positie = status.getCurrentPosition();
            if (positie.isEmpty()) {
                return OptionalLong.empty();
            }
            laagste = Math.min(laagste, positie.getAsLong());
        }
        return laagste == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(laagste);
    }
}
