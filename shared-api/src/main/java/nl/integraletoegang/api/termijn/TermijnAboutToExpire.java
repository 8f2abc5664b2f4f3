package nl.integraletoegang.api.termijn;

import java.time.Instant;
import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/** A running clock is about to expire. */
@Revision("1")
public record TermijnAboutToExpire(
        String huishoudenId,
        String casusId,
        String termijnId,
        String regime,
        Instant vervaltOp) implements CasusEvent {
}
