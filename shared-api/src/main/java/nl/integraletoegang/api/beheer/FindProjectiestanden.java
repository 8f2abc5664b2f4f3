package nl.integraletoegang.api.beheer;

/** Asks for every projection's state and the newest event's position, for a beheerder following a rebuild. */
public record FindProjectiestanden() {
}
