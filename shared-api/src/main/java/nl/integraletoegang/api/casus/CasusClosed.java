package nl.integraletoegang.api.casus;

import java.util.Map;
import org.axonframework.serialization.Revision;

/** The casus was closed with an outcome per hulpvraag (keyed by hulpvraagId). */
@Revision("1")
public record CasusClosed(
        String huishoudenId,
        String casusId,
        Map<String, Uitkomst> uitkomsten) implements CasusEvent {
}
