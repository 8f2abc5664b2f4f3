package nl.integraletoegang.api.termijn;

import java.time.Instant;
import java.time.LocalDate;
import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/**
 * A running clock is about to expire.
 *
 * <p>{@code laatsteDag} is the clock's last day as the command side computed it; an event written before it was
 * carried derives it from {@code vervaltOp} when it is read ({@link LaatsteDag#van}), so readers never compute it.
 */
@Revision("1")
public record TermijnAboutToExpire(
        String huishoudenId,
        String casusId,
        String termijnId,
        String regime,
        Instant vervaltOp,
        LocalDate laatsteDag) implements CasusEvent {

    public TermijnAboutToExpire {
        laatsteDag = LaatsteDag.van(laatsteDag, vervaltOp);
    }
}
