package nl.integraletoegang.api.termijn;

import java.time.Instant;
import java.time.LocalDate;
import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/**
 * A running clock expired before what it guards was done.
 *
 * <p>{@code laatsteDag} is the clock's last day as the command side computed it; an event written before it was
 * carried derives it from {@code vervaltOp} when it is read ({@link LaatsteDag#van}), so readers never compute it.
 */
@Revision("1")
public record TermijnExpired(
        String huishoudenId,
        String casusId,
        String termijnId,
        String regime,
        Instant vervaltOp,
        LocalDate laatsteDag) implements CasusEvent {

    public TermijnExpired {
        laatsteDag = LaatsteDag.van(laatsteDag, vervaltOp);
    }
}
