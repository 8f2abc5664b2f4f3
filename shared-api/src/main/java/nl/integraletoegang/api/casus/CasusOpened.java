package nl.integraletoegang.api.casus;

import org.axonframework.serialization.Revision;

/** A household without an open casus received a melding, so its one casus was opened. */
@Revision("1")
public record CasusOpened(
        String huishoudenId,
        String casusId,
        String wijk) implements CasusEvent {
}
