package nl.integraletoegang.api.termijn;

import java.time.Instant;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** A suspended clock runs again, with the time that was left. */
@Revision("1")
public record TermijnResumed(
        String huishoudenId,
        String casusId,
        String termijnId,
        @PersonalData String reden,
        Instant hervatOp,
        Instant vervaltOp,
        Instant waarschuwingOp) implements CasusEvent {
}
