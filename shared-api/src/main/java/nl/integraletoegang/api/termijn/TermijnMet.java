package nl.integraletoegang.api.termijn;

import java.time.Instant;
import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/** What the clock guarded was done; {@code opTijd} says whether that was before expiry. */
@Revision("1")
public record TermijnMet(
        String huishoudenId,
        String casusId,
        String termijnId,
        Instant afgerondOp,
        boolean opTijd) implements CasusEvent {
}
