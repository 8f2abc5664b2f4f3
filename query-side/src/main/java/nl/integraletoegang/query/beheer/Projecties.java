package nl.integraletoegang.query.beheer;

import nl.integraletoegang.api.beheer.Projectiebeheer;
import nl.integraletoegang.api.beheer.Projectiebeheer.Stand;
import nl.integraletoegang.api.beheer.Projectiebeheer.DeadLetterRegel;
import nl.integraletoegang.api.beheer.Projectiebeheer.GeblokkeerdHuishouden;
import nl.integraletoegang.api.beheer.Projectiebeheer.EersteEvent;
import nl.integraletoegang.api.beheer.Projectiebeheer.Oorzaak;
import nl.integraletoegang.api.beheer.Projectiebeheer.HuishoudenVerwerking;
import nl.integraletoegang.api.beheer.Projectiebeheer.Overslag;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.StreamSupport;
import nl.integraletoegang.platform.invoer.NotFoundException;
import nl.integraletoegang.query.verdeling.ProjectieTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * The projections of this query side as a beheerder manages them: how far each has read, rebuilding one from the
 * event store (Axon's token reset, which calls the projection's reset handler and replays every event), and its
 * dead letters, which can be listed and processed again once their cause is fixed.
 * <p>
 * A projection's dead letters are queued per household (Axon's sequence identifier is the aggregate id): once one
 * event of a household fails, the household's later events wait behind it, so the household is blocked in that
 * projection. The beheerder sees the blocked households, processes one again, or skips its first dead letter with a
 * reason that is kept in {@code dead_letter_overslag}; the household's later events then proceed, and a rebuild
 * restores the skipped event's effect once its cause is fixed.
 */
@Component
public class Projecties {

    private static final Logger log = LoggerFactory.getLogger(Projecties.class);

    /** The longest reason for skipping a dead letter (the width of {@code dead_letter_overslag.reden}). */
    public static final int OVERSLAG_REDEN_MAX = Projectiebeheer.OVERSLAG_REDEN_MAX;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ProjectieTokens tokens;

    Projecties(EventProcessingConfiguration processing, EventStore eventStore, JdbcClient jdbc,
               PlatformTransactionManager transactionManager, Clock clock, ProjectieTokens tokens) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.tokens = tokens;
    }

    public List<String> namen() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                // a projection has a dead-letter queue; a saga's processor (the merge process) is no projection
                .filter(processor -> processing.deadLetterQueue(processor.getName()).isPresent())
                .map(EventProcessor::getName)
                .sorted()
                .toList();
    }

    public List<Stand> standen() {
        return namen().stream().map(this::stand).toList();
    }

    public Stand stand(String naam) {
        StreamingEventProcessor processor = processor(naam);
        SequencedDeadLetterQueue<EventMessage<?>> queue = deadLetterQueue(naam);
        return new Stand(naam, processor.isRunning(), processor.isReplaying(), achterstand(processor), queue.size(),
                queue.amountOfSequences());
    }

    /** How many households have events waiting in the projection's dead-letter queue. */
    public long aantalGeblokkeerd(String naam) {
        return deadLetterQueue(naam).amountOfSequences();
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
     * claims (stop them, or run the rebuild on each in turn). The reset also empties the projection's dead-letter
     * queue ({@link DeadLetterBeleid}): the replay processes those events again, and what still fails is
     * dead-lettered anew.
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
        SequencedDeadLetterProcessor<EventMessage<?>> processor = deadLetterProcessor(naam);
        long voor = deadLetterQueue(naam).size();
        while (processor.processAny()) {
            log.info("Dead-letter sequence of {} processed again", naam);
        }
        return (int) (voor - deadLetterQueue(naam).size());
    }

    /** The households whose events wait in the projection's dead-letter queue. */
    public List<GeblokkeerdHuishouden> geblokkeerdeHuishoudens(String naam) {
        List<GeblokkeerdHuishouden> huishoudens = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : deadLetterQueue(naam).deadLetters()) {
            geblokkeerd(sequence).ifPresent(huishoudens::add);
        }
        return huishoudens;
    }

    public GeblokkeerdHuishouden geblokkeerdHuishouden(String naam, String huishoudenId) {
        vastMogelijk(naam, huishoudenId);
        return geblokkeerd(deadLetterQueue(naam).deadLetterSequence(huishoudenId))
                .orElseThrow(() -> nietGeblokkeerd(naam));
    }

    private static Optional<GeblokkeerdHuishouden> geblokkeerd(Iterable<DeadLetter<? extends EventMessage<?>>> sequence) {
        Iterator<DeadLetter<? extends EventMessage<?>>> letters = sequence.iterator();
        if (!letters.hasNext()) {
            return Optional.empty();
        }
        DeadLetter<? extends EventMessage<?>> eerste = letters.next();
        long aantal = 1;
        for (; letters.hasNext(); letters.next()) {
            aantal++;
        }
        return Optional.of(new GeblokkeerdHuishouden(volgorde(eerste), aantal, eersteEvent(eerste),
                eerste.cause().map(cause -> new Oorzaak(cause.type(), opEenRegel(cause.message()))).orElse(null),
                eerste.enqueuedAt(), eerste.lastTouched()));
    }

    /**
     * Processes one household's dead letters again, in order, through the projection's own handlers; what fails
     * again stays queued with the letters behind it.
     */
    public HuishoudenVerwerking verwerkHuishouden(String naam, String huishoudenId) {
        vastMogelijk(naam, huishoudenId);
        SequencedDeadLetterQueue<EventMessage<?>> queue = deadLetterQueue(naam);
        long voor = queue.sequenceSize(huishoudenId);
        if (voor == 0) {
            throw nietGeblokkeerd(naam);
        }
        deadLetterProcessor(naam).process(letter -> huishoudenId.equals(volgorde(letter)));
        long resterend = queue.sequenceSize(huishoudenId);
        log.info("Dead letters of one household in {} processed again: {} processed, {} remaining", naam,
                voor - resterend, resterend);
        return new HuishoudenVerwerking(naam, huishoudenId, voor - resterend, resterend);
    }

    /**
     * Skips the household's first dead letter: it leaves the queue without its effect on the projection, and the
     * skip is logged (who, when, which event, why) in the same transaction. The household's later letters are then
     * processed. {@code verwachtEventId}, when given, is the event the beheerder saw at the head of the queue: if
     * another one is there by now (someone processed or skipped it meanwhile), nothing is skipped (409).
     */
    public Overslag slaOver(String naam, String huishoudenId, String verwachtEventId, String reden,
                            String gebruiker) {
        vastMogelijk(naam, huishoudenId);
        SequencedDeadLetterQueue<EventMessage<?>> queue = deadLetterQueue(naam);
        Iterator<DeadLetter<? extends EventMessage<?>>> letters = queue.deadLetterSequence(huishoudenId).iterator();
        if (!letters.hasNext()) {
            throw nietGeblokkeerd(naam);
        }
        DeadLetter<? extends EventMessage<?>> eerste = letters.next();
        EersteEvent event = eersteEvent(eerste);
        if (verwachtEventId != null && !verwachtEventId.equals(event.eventId())) {
            throw conflict("Het eerste event van dit huishouden in " + naam + " is inmiddels een ander; bekijk de "
                    + "geblokkeerde huishoudens opnieuw.");
        }
        String deadLetterId = eerste instanceof JdbcDeadLetter<?> jdbcLetter ? jdbcLetter.getIdentifier()
                : event.eventId();
        String oorzaak = eerste.cause().map(cause -> cause.type() + ": " + opEenRegel(cause.message())).orElse(null);
        Instant nu = clock.instant();
        long id;
        try {
            id = Objects.requireNonNull(transaction.execute(status -> {
                long nieuw = jdbc.sql("""
                                INSERT INTO dead_letter_overslag (tijdstip, gebruiker, projectie, huishouden_id,
                                    dead_letter_id, event_id, event_type, globale_index, event_tijdstip, oorzaak, reden)
                                VALUES (:tijdstip, :gebruiker, :projectie, :huishouden, :deadLetter, :event, :type,
                                    :index, :eventTijdstip, :oorzaak, :reden)
                                RETURNING id""")
                        .param("tijdstip", Timestamp.from(nu))
                        .param("gebruiker", gebruiker)
                        .param("projectie", naam)
                        .param("huishouden", huishoudenId)
                        .param("deadLetter", deadLetterId)
                        .param("event", event.eventId())
                        .param("type", event.eventType())
                        .param("index", event.globaleIndex())
                        .param("eventTijdstip", event.tijdstip() == null ? null : Timestamp.from(event.tijdstip()))
                        .param("oorzaak", oorzaak)
                        .param("reden", reden)
                        .query(Long.class).single();
                queue.evict(eerste);
                return nieuw;
            }));
        } catch (DuplicateKeyException alOvergeslagen) {
            throw conflict("Dit event is al overgeslagen; bekijk de geblokkeerde huishoudens opnieuw.");
        }
        log.info("Dead letter of event {} in {} skipped by a beheerder (log entry {})", event.eventId(), naam, id);
        // the household's later events proceed now, not only at the next retry
        if (queue.sequenceSize(huishoudenId) > 0) {
            deadLetterProcessor(naam).process(letter -> huishoudenId.equals(volgorde(letter)));
        }
        return new Overslag(id, nu, gebruiker, naam, huishoudenId, event.eventId(), event.eventType(),
                event.globaleIndex(), event.tijdstip(), oorzaak, reden, queue.sequenceSize(huishoudenId));
    }

    /** The skip log, newest first: of one projection, or of all when {@code naam} is null. */
    public List<Overslag> overslagen(String naam, int maximum) {
        if (naam != null) {
            processor(naam);
        }
        return jdbc.sql("""
                        SELECT id, tijdstip, gebruiker, projectie, huishouden_id, event_id, event_type, globale_index,
                               event_tijdstip, oorzaak, reden
                        FROM dead_letter_overslag
                        WHERE CAST(:projectie AS VARCHAR) IS NULL OR projectie = :projectie
                        ORDER BY id DESC
                        LIMIT :maximum""")
                .param("projectie", naam)
                .param("maximum", maximum)
                .query((rs, i) -> new Overslag(rs.getLong("id"), rs.getTimestamp("tijdstip").toInstant(),
                        rs.getString("gebruiker"), rs.getString("projectie"), rs.getString("huishouden_id"),
                        rs.getString("event_id"), rs.getString("event_type"), rs.getObject("globale_index", Long.class),
                        rs.getTimestamp("event_tijdstip") == null ? null : rs.getTimestamp("event_tijdstip").toInstant(),
                        rs.getString("oorzaak"), rs.getString("reden"), null))
                .list();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(String naam) {
        return processing.deadLetterQueue(naam)
                .orElseThrow(() -> new NotFoundException("Deze projectie heeft geen dead-letter-wachtrij."));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> deadLetterProcessor(String naam) {
        return processing.sequencedDeadLetterProcessor(naam)
                .orElseThrow(() -> new NotFoundException("Deze projectie heeft geen dead-letter-wachtrij."));
    }

    private StreamingEventProcessor processor(String naam) {
        return processing.eventProcessor(naam, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("Er is geen projectie met deze naam."));
    }

    /**
     * An id with control characters was never stored (and PostgreSQL refuses NUL in a query), so such a household
     * is not blocked: answered as such without asking the queue.
     */
    private static void vastMogelijk(String naam, String huishoudenId) {
        if (huishoudenId.chars().anyMatch(Character::isISOControl)) {
            throw nietGeblokkeerd(naam);
        }
    }

    private static NotFoundException nietGeblokkeerd(String naam) {
        return new NotFoundException("Dit huishouden staat in " + naam + " niet vast: er wachten geen events van "
                + "dit huishouden in de dead-letter-wachtrij.");
    }

    private static ErrorResponseException conflict(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Conflict");
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }

    /** The household a letter waits for: the sequence identifier, which is the event's aggregate id. */
    private static String volgorde(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : letter.message().getIdentifier();
    }

    private static EersteEvent eersteEvent(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        Long index = null;
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            OptionalLong position = tracked.trackingToken().position();
            index = position.isPresent() ? position.getAsLong() : null;
        }
        return new EersteEvent(message.getIdentifier(), message.getPayloadType().getSimpleName(), index,
                message.getTimestamp());
    }

    private static String opEenRegel(String tekst) {
        return tekst == null ? "" : tekst.replaceAll("\\s+", " ").trim();
    }

    private static DeadLetterRegel van(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        // No failing row in the cause: the driver leaves out the server's error detail (logServerErrorDetail=false),
        // and VeiligeOorzaak keeps only names, never values.
        String oorzaak = letter.cause().map(cause -> cause.type() + ": " + opEenRegel(cause.message())).orElse(null);
        return new DeadLetterRegel(volgorde(letter), message.getIdentifier(), message.getPayloadType().getName(),
                letter.enqueuedAt(), letter.lastTouched(), oorzaak);
    }
}
