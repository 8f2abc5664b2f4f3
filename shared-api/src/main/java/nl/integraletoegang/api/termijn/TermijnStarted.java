package nl.integraletoegang.api.termijn;

import java.time.Instant;
import java.time.LocalDate;
import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/**
 * A legal clock started for a hulpvraag under a regime; {@code vervaltOp} is when it expires unless it is suspended.
 *
 * <p>{@code laatsteDag} is the clock's last day as the command side computed it; an event written before it was
 * carried derives it from {@code vervaltOp} when it is read ({@link LaatsteDag#van}), so readers never compute it.
 */
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
        Instant waarschuwingOp,
        LocalDate laatsteDag) implements CasusEvent {

    public TermijnStarted {
        laatsteDag = LaatsteDag.van(laatsteDag, vervaltOp);
    }
}
