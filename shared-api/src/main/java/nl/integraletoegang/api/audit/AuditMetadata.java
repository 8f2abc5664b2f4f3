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
    /**
     * The household the message is about. The reason is free text a worker typed, which may name a person: it is
     * personal data of this household and encrypted with its key.
     */
    public static final String HUISHOUDEN = "huishoudenId";

    public static final List<String> KEYS = List.of(ACTOR, ROLE, TEAM, CORRELATION_ID, REASON, HUISHOUDEN);

    /** The actor and role of what happens by itself, such as a termijn that expires. */
    public static final String SYSTEEM_ACTOR = "systeem";
    public static final String SYSTEEM_ROLE = "SYSTEEM";

    private AuditMetadata() {
    }
}
