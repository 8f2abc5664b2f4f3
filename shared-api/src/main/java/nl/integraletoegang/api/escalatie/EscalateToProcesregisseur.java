package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The casusregisseur calls in a procesregisseur because the casus threatens to stall. */
public record EscalateToProcesregisseur(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String escalatieId,
        EscalatieReden reden,
        @PersonalData String toelichting,
        @TargetAggregateVersion Long expectedVersion) {
}
