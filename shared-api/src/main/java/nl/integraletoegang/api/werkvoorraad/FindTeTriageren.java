package nl.integraletoegang.api.werkvoorraad;

/** Asks for one page of the hulpvragen that wait for triage at a team. {@code page} counts from 0. */
public record FindTeTriageren(String team, int page, int size, Volgorde volgorde) {
}
