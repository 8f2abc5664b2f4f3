package nl.integraletoegang.api.error;

/**
 * The business rules a command can be refused on. The code travels with the refusal over the command bus,
 * so a client (the HTTP layer, another node) can tell the rules apart and answer with the right status.
 */
public enum BusinessErrorCode {
    /** The command itself breaks a rule regardless of state (a missing motivation, an amount of zero). */
    INVALID,
    /** The addressed household, casus or part of it does not exist. */
    NOT_FOUND,
    /** The command is not allowed in the current state: a rule of the casus refuses it. */
    RULE_VIOLATED,
    /** The command was based on an older version of the household than the current one. */
    CONCURRENT_MODIFICATION,
    /** The acting user does not work on the casus the command is about (need to know, DESIGN §4). */
    FORBIDDEN
}
