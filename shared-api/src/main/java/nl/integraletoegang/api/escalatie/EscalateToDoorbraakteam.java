package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The procesregisseur escalates onward to the doorbraakteam: rules or obstacles beyond reach block the casus. */
public record EscalateToDoorbraakteam(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        EscalatieReden reden,
        @PersonalData String toelichting,
        @TargetAggregateVersion Long expectedVersion) {
}
