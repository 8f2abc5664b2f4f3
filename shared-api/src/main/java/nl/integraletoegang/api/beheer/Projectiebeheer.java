package nl.integraletoegang.api.beheer;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The beheerder's overview of the projections: each one's state, the newest event's position in the store (how far
 * an up-to-date projection has read), the households blocked per projection, and the latest skipped dead letters.
 * The types inside are also the answers of the read API's beheer endpoints.
 */
public record Projectiebeheer(List<Stand> standen, long kop, Map<String, List<GeblokkeerdHuishouden>> geblokkeerd,
                              List<Overslag> overslagen) {

    /** The longest reason for skipping a dead letter (the width of {@code dead_letter_overslag.reden}). */
    public static final int OVERSLAG_REDEN_MAX = 500;

    public Projectiebeheer {
        standen = List.copyOf(standen);
        // in the order given (by projection name)
        geblokkeerd = Collections.unmodifiableMap(new LinkedHashMap<>(geblokkeerd));
        overslagen = List.copyOf(overslagen);
    }

    /**
     * A projection's state: whether it runs or replays, how many events it is behind, its dead letters and the
     * number of households they block.
     */
    public record Stand(String naam, boolean actief, boolean herbouwt, long achterstand, long deadLetters,
                        long geblokkeerdeHuishoudens) {
    }

    /** A dead letter, without its payload: the event's type, when it failed and the kind of failure. */
    public record DeadLetterRegel(String volgorde, String eventId, String eventType, Instant inWachtrijSinds,
                                  Instant laatstGeprobeerd, String oorzaak) {
    }

    /**
     * A household whose events wait in a projection's dead-letter queue: how many, the first (failing) event and why
     * it failed. The cause has no personal data (the query side's VeiligeOorzaak).
     */
    public record GeblokkeerdHuishouden(String huishoudenId, long wachtendeEvents, EersteEvent eersteEvent,
                                        Oorzaak oorzaak, Instant inWachtrijSinds, Instant laatstGeprobeerd) {
    }

    /** The dead letter at the head of a household's queue: the one that failed, and the one a skip removes. */
    public record EersteEvent(String eventId, String eventType, Long globaleIndex, Instant tijdstip) {
    }

    public record Oorzaak(String type, String melding) {
    }

    /** The outcome of processing one household's dead letters again. */
    public record HuishoudenVerwerking(String projectie, String huishoudenId, long verwerkt, long resterend) {
    }

    /**
     * One skipped dead letter in the append-only log: who skipped which event of which household, when and why;
     * {@code resterend} (only in the answer to the skip) is how many of the household's events still wait.
     */
    public record Overslag(long id, Instant tijdstip, String gebruiker, String projectie, String huishoudenId,
                           String eventId, String eventType, Long globaleIndex, Instant eventTijdstip, String oorzaak,
                           String reden, Long resterend) {
    }
}
