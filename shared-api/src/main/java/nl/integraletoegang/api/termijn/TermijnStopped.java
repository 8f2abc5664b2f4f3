package nl.integraletoegang.api.termijn;

import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/** A clock stopped without being met or expiring, because its casus was closed. */
@Revision("1")
public record TermijnStopped(
        String huishoudenId,
        String casusId,
        String termijnId,
        String reden) implements CasusEvent {
}
