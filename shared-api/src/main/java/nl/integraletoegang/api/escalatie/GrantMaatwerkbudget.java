package nl.integraletoegang.api.escalatie;

import java.math.BigDecimal;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Grants money from the maatwerkbudget for an approved doorbraak; the approver must not be the requester. */
public record GrantMaatwerkbudget(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String doorbraakId,
        BigDecimal bedrag,
        String aanvrager,
        String goedkeurder,
        @PersonalData String bestemming,
        @TargetAggregateVersion Long expectedVersion) {
}
