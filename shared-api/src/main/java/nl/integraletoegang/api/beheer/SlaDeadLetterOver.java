package nl.integraletoegang.api.beheer;

/**
 * Asks the query side to skip the first event of a blocked household in a projection, with the beheerder's reason
 * (a query changing only the query side's own state); {@code eventId} is the event the beheerder saw at the head of
 * the queue, so a queue that changed meanwhile is refused (409). Answered with {@link Projectiebeheer.Overslag}.
 */
public record SlaDeadLetterOver(String projectie, String huishoudenId, String eventId, String reden) {
}
