package nl.integraletoegang.api.termijn;

import java.time.Instant;
import java.time.LocalDate;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * A suspended clock runs again, with the time that was left.
 *
 * <p>{@code laatsteDag} is the clock's last day as the command side computed it; an event written before it was
 * carried derives it from {@code vervaltOp} when it is read ({@link LaatsteDag#van}), so readers never compute it.
 */
@Revision("1")
public record TermijnResumed(
        String huishoudenId,
        String casusId,
        String termijnId,
        @PersonalData String reden,
        Instant hervatOp,
        Instant vervaltOp,
        Instant waarschuwingOp,
        LocalDate laatsteDag) implements CasusEvent {

    public TermijnResumed {
        laatsteDag = LaatsteDag.van(laatsteDag, vervaltOp);
    }
}
