package nl.integraletoegang.api.casus;

import org.axonframework.serialization.Revision;

/** A closed casus was reopened, for the reason given. */
@Revision("1")
public record CasusReopened(
        String huishoudenId,
        String casusId,
        String reden) implements CasusEvent {
}
