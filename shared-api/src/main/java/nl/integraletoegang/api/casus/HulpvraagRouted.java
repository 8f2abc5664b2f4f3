package nl.integraletoegang.api.casus;

import org.axonframework.serialization.Revision;

/** A hulpvraag was routed from one team to the team that handles it. */
@Revision("1")
public record HulpvraagRouted(
        String huishoudenId,
        String casusId,
        String hulpvraagId,
        String vanTeam,
        String naarTeam) implements CasusEvent {
}
