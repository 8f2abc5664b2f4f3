package nl.integraletoegang.api.termijn;

import java.time.Instant;
import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/** A running clock expired before what it guards was done. */
@Revision("1")
public record TermijnExpired(
        String huishoudenId,
        String casusId,
        String termijnId,
        String regime,
        Instant vervaltOp) implements CasusEvent {
}
