package nl.integraletoegang.api.escalatie;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A member of the doorbraakteam asks for money from the maatwerkbudget for an approved doorbraak. The requester is
 * whoever sends the command (the actor in its audit metadata), never a name in the command itself; another member
 * approves or refuses it (four eyes).
 */
public record RequestMaatwerkbudget(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Identificatie String doorbraakId,
        @Digits(integer = 9, fraction = 2, message = "Een bedrag is hoogstens 999.999.999,99 euro, in centen.")
        BigDecimal bedrag,
        @VrijeTekst @PersonalData String bestemming,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
