package nl.integraletoegang.api.escalatie;

import jakarta.validation.Valid;
import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The doorbraakteam decides on a custom solution; approved only when legitimiteit, betrokkenheid and rendement are each "yes" with a motivation. */
public record DecideDoorbraak(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Identificatie String doorbraakId,
        @Valid Pijler legitimiteit,
        @Valid Pijler betrokkenheid,
        @Valid Pijler rendement,
        @VrijeTekst(max = VrijeTekst.LANG) @PersonalData String oplossing,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
