package nl.integraletoegang.command.error;

import nl.integraletoegang.api.error.BusinessError;
import nl.integraletoegang.api.error.BusinessErrorCode;

/**
 * A command refused by a rule of the domain. The message explains the rule in Dutch for the worker; the rule name
 * is stable, so clients and tests can tell refusals apart. Nothing is applied when it is thrown.
 */
public class DomainRuleViolation extends RuntimeException {

    private final transient BusinessError error;

    private DomainRuleViolation(BusinessErrorCode code, String rule, String detail) {
        this(new BusinessError(code, rule, detail));
    }

    private DomainRuleViolation(BusinessError error) {
        super(error.detail());
        this.error = error;
    }

    /** The same refusal, naming what it is about for the client (ids only, never personal data). */
    public DomainRuleViolation with(String eigenschap, String waarde) {
        if (waarde == null) {
            return this;
        }
        java.util.Map<String, String> eigenschappen = new java.util.HashMap<>(error.eigenschappen());
        eigenschappen.put(eigenschap, waarde);
        return new DomainRuleViolation(new BusinessError(error.code(), error.rule(), error.detail(), eigenschappen));
    }

    /** The command is not allowed in the current state of the casus. */
    public static DomainRuleViolation refused(String rule, String detail) {
        return new DomainRuleViolation(BusinessErrorCode.RULE_VIOLATED, rule, detail);
    }

    /** The command itself is incomplete or contradictory, whatever the state. */
    public static DomainRuleViolation invalid(String rule, String detail) {
        return new DomainRuleViolation(BusinessErrorCode.INVALID, rule, detail);
    }

    /** The acting user may not do this to this casus. */
    public static DomainRuleViolation forbidden(String rule, String detail) {
        return new DomainRuleViolation(BusinessErrorCode.FORBIDDEN, rule, detail);
    }

    /** The command names something the household does not have. */
    public static DomainRuleViolation notFound(String rule, String detail) {
        return new DomainRuleViolation(BusinessErrorCode.NOT_FOUND, rule, detail);
    }

    public BusinessError error() {
        return error;
    }

    /** Throws an {@link #invalid} violation when the text is missing. */
    public static String required(String value, String rule, String detail) {
        if (value == null || value.isBlank()) {
            throw invalid(rule, detail);
        }
        return value;
    }
}
