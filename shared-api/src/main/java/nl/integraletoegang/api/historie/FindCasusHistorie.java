package nl.integraletoegang.api.historie;

/** Asks for the complete history of one casus, oldest first. */
public record FindCasusHistorie(String casusId) {
}
