package nl.integraletoegang.api.termijn;

import java.time.Instant;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** A clock was suspended; the time left is kept, the expiry date waits. */
@Revision("1")
public record TermijnSuspended(
        String huishoudenId,
        String casusId,
        String termijnId,
        @PersonalData String reden,
        Instant opgeschortOp) implements CasusEvent {
}
