package nl.integraletoegang.api.escalatie;

import java.math.BigDecimal;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A member of the doorbraakteam asks for money from the maatwerkbudget for an approved doorbraak. The requester is
 * whoever sends the command (the actor in its audit metadata), never a name in the command itself; another member
 * approves or refuses it (four eyes).
 */
public record RequestMaatwerkbudget(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        String doorbraakId,
        BigDecimal bedrag,
        @PersonalData String bestemming,
        @TargetAggregateVersion Long expectedVersion) {
}
