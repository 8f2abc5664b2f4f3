package nl.integraletoegang.api.beheer;

/**
 * Asks the query side to rebuild a projection from the event store. A query, not a command: it changes only the
 * query side's own state (its read model), which no aggregate owns; answered with {@code true} once started.
 */
public record StartHerbouw(String projectie) {
}
