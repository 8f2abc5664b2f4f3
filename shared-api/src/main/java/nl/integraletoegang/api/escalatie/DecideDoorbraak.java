package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The doorbraakteam decides on a custom solution; approved only when legitimiteit, betrokkenheid and rendement are each "yes" with a motivation. */
public record DecideDoorbraak(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String doorbraakId,
        Pijler legitimiteit,
        Pijler betrokkenheid,
        Pijler rendement,
        @PersonalData String oplossing,
        @TargetAggregateVersion Long expectedVersion) {
}
