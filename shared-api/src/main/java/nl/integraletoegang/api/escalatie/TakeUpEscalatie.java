package nl.integraletoegang.api.escalatie;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The procesregisseur, doorbraakteam or AVE level takes up the escalation waiting for it. */
public record TakeUpEscalatie(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String behandelaar,
        @TargetAggregateVersion Long expectedVersion) {
}
