package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.veld.Gebruikersnaam;
import nl.integraletoegang.api.veld.Identificatie;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The procesregisseur, doorbraakteam or AVE level takes up the escalation waiting for it. */
public record TakeUpEscalatie(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Gebruikersnaam String behandelaar,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
