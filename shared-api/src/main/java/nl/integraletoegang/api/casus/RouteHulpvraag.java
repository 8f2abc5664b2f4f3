package nl.integraletoegang.api.casus;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Routes a hulpvraag to the team that handles it: no wrong door, the question moves, not the resident. */
public record RouteHulpvraag(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String hulpvraagId,
        String naarTeam,
        @TargetAggregateVersion Long expectedVersion) {
}
