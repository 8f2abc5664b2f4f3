package nl.integraletoegang.api.casus;

import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Identificatie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Routes a hulpvraag to the team that handles it: no wrong door, the question moves, not the resident. */
public record RouteHulpvraag(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Identificatie String hulpvraagId,
        @Code String naarTeam,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
