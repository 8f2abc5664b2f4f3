package nl.integraletoegang.api.termijn;

import java.time.Instant;
import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/** A legal clock started for a hulpvraag under a regime; {@code vervaltOp} is when it expires unless it is suspended. */
@Revision("1")
public record TermijnStarted(
        String huishoudenId,
        String casusId,
        String hulpvraagId,
        String termijnId,
        String regime,
        boolean spoed,
        Instant gestartOp,
        Instant vervaltOp,
        Instant waarschuwingOp) implements CasusEvent {
}
