package nl.integraletoegang.api.beheer;

/** Asks for a household blocked in a projection, with its first (failing) event; refused (404) when not blocked. */
public record FindGeblokkeerdHuishouden(String projectie, String huishoudenId) {
}
