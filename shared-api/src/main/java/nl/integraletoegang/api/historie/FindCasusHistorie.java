package nl.integraletoegang.api.historie;

/**
 * Asks for one page of the history of a casus.
 *
 * @param actor only the events of this user, or {@code null} for everyone's
 * @param nieuwsteEerst newest first instead of oldest first
 * @param pagina the page, counted from 0
 * @param grootte events per page
 */
public record FindCasusHistorie(String casusId, String actor, boolean nieuwsteEerst, int pagina, int grootte) {
}
