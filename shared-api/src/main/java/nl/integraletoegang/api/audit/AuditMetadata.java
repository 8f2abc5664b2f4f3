package nl.integraletoegang.api.audit;

import java.util.List;

/**
 * Metadata keys every command and event carries: together they are the audit trail of who did what,
 * in which role and team, in which request, and why.
 */
public final class AuditMetadata {

    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String TEAM = "team";
    public static final String CORRELATION_ID = "correlationId";
    public static final String REASON = "reason";

    public static final List<String> KEYS = List.of(ACTOR, ROLE, TEAM, CORRELATION_ID, REASON);

    private AuditMetadata() {
    }
}
