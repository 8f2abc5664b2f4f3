package nl.integraletoegang.api.error;

/**
 * The business rules a command can be refused on. The code travels with the refusal over the command bus,
 * so a client (the HTTP layer, the web UI, another node) can tell the rules apart and answer with the same status
 * and title everywhere.
 */
public enum BusinessErrorCode {
    /** The command itself breaks a rule regardless of state (a missing motivation, an amount of zero). */
    INVALID(400, "Ongeldige opdracht"),
    /** The addressed household, casus or part of it does not exist. */
    NOT_FOUND(404, "Niet gevonden"),
    /** The command is not allowed in the current state: a rule of the casus refuses it. */
    RULE_VIOLATED(409, "Niet toegestaan"),
    /** The command was based on an older version of the household than the current one, or raced another write. */
    CONCURRENT_MODIFICATION(409, "Gelijktijdig gewijzigd"),
    /** The acting user does not work on the casus the command is about (need to know). */
    FORBIDDEN(403, "Geen toegang");

    private final int status;
    private final String titel;

    BusinessErrorCode(int status, String titel) {
        this.status = status;
        this.titel = titel;
    }

    /** The HTTP status a refusal of this kind is answered with. */
    public int status() {
        return status;
    }

    /** The Dutch title of the problem detail. */
    public String titel() {
        return titel;
    }
}
