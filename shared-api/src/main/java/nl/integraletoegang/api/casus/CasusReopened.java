package nl.integraletoegang.api.casus;

import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** A closed casus was reopened, for the reason given. */
@Revision("1")
public record CasusReopened(
        String huishoudenId,
        String casusId,
        @PersonalData String reden) implements CasusEvent {
}
