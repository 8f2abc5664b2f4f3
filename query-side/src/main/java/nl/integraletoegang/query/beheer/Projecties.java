package nl.integraletoegang.query.beheer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.StreamSupport;
import nl.integraletoegang.query.NotFoundException;
import nl.integraletoegang.query.verdeling.ProjectieTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The projections of this query side as a beheerder manages them: how far each has read, rebuilding one from the
 * event store (Axon's token reset, which calls the projection's reset handler and replays every event), and its
 * dead letters, which can be listed and processed again once their cause is fixed.
 */
@Component
public class Projecties {

    private static final Logger log = LoggerFactory.getLogger(Projecties.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ProjectieTokens tokens;

    Projecties(EventProcessingConfiguration processing, EventStore eventStore, ProjectieTokens tokens) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokens = tokens;
    }

    /** A projection's state: whether it runs or replays, how many events it is behind, its dead letters. */
    public record Stand(String naam, boolean actief, boolean herbouwt, long achterstand, long deadLetters) {
    }

    /** A dead letter, without its payload: the event's type, when it failed and the kind of failure. */
    public record DeadLetterRegel(String volgorde, String eventId, String eventType, Instant inWachtrijSinds,
                                  Instant laatstGeprobeerd, String oorzaak) {
    }

    public List<String> namen() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(EventProcessor::getName)
                .sorted()
                .toList();
    }

    public List<Stand> standen() {
        return namen().stream().map(this::stand).toList();
    }

    public Stand stand(String naam) {
        StreamingEventProcessor processor = processor(naam);
        return new Stand(naam, processor.isRunning(), processor.isReplaying(), achterstand(processor),
                deadLetterQueue(naam).size());
    }

    /** The position of the newest event in the store: how far a projection that is up to date has read. */
    public long kop() {
        TrackingToken headToken = eventStore.createHeadToken();
        OptionalLong head = headToken == null ? OptionalLong.empty() : headToken.position();
        return head.orElse(0);
    }

    /** How many events of the store the slowest segment has still to process. */
    public long achterstand(String naam) {
        return achterstand(processor(naam));
    }

    /**
     * The projection's lag over all its segments, read from the token store: the same on every query-side instance,
     * also on one that claims none of the segments.
     */
    private long achterstand(StreamingEventProcessor processor) {
        TrackingToken headToken = eventStore.createHeadToken();
        OptionalLong head = headToken == null ? OptionalLong.empty() : headToken.position();
        if (head.isEmpty()) {
            return 0;
        }
        long slowest = tokens.langzaamste(processor.getName()).orElse(-1);
        return Math.max(0, head.getAsLong() - slowest);
    }

    /**
     * Empties the projection's tables and replays every event into them. The processor stops, its tokens go back
     * to the start, and it starts again; in a split set-up the other query-side instances must have released their
     * claims (stop them, or run the rebuild on each in turn).
     */
    public void herbouw(String naam) {
        StreamingEventProcessor processor = processor(naam);
        log.info("Rebuilding projection {} from the event store", naam);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    public List<DeadLetterRegel> deadLetters(String naam) {
        List<DeadLetterRegel> regels = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : deadLetterQueue(naam).deadLetters()) {
            StreamSupport.stream(sequence.spliterator(), false).map(Projecties::van).forEach(regels::add);
        }
        return regels;
    }

    /** Processes the dead letters again, sequence by sequence, until none succeeds any more; returns how many did. */
    public int verwerkDeadLetters(String naam) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(naam)
                .orElseThrow(() -> new NotFoundException("De projectie " + naam + " heeft geen dead-letter-wachtrij."));
        long voor = deadLetterQueue(naam).size();
        while (processor.processAny()) {
            log.info("Dead-letter sequence of {} processed again", naam);
        }
        return (int) (voor - deadLetterQueue(naam).size());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(String naam) {
        return processing.deadLetterQueue(naam)
                .orElseThrow(() -> new NotFoundException("De projectie " + naam + " heeft geen dead-letter-wachtrij."));
    }

    private StreamingEventProcessor processor(String naam) {
        return processing.eventProcessor(naam, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("Er is geen projectie met de naam " + naam + "."));
    }

    private static String opEenRegel(String tekst) {
        return tekst == null ? "" : tekst.replaceAll("\\s+", " ").trim();
    }

    private static DeadLetterRegel van(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        // No failing row in the cause: the driver leaves out the server's error detail (logServerErrorDetail=false).
        String oorzaak = letter.cause().map(cause -> cause.type() + ": " + opEenRegel(cause.message())).orElse(null);
        return new DeadLetterRegel(message instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : null, message.getIdentifier(), message.getPayloadType().getName(),
                letter.enqueuedAt(), letter.lastTouched(), oorzaak);
    }
}
