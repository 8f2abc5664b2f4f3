package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The procesregisseur escalates onward to the doorbraakteam: rules or obstacles beyond reach block the casus. */
public record EscalateToDoorbraakteam(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        EscalatieReden reden,
        @VrijeTekst(max = VrijeTekst.MIDDEL) @PersonalData String toelichting,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
