package nl.integraletoegang.api.werkvoorraad;

/**
 * Asks for one page of a team's termijnen whose last day falls within {@code binnenDagen} days from today, soonest
 * first; expired termijnen whose work is still not done come first of all.
 */
public record FindAflopendeTermijnen(String team, int binnenDagen, int page, int size) {
}
