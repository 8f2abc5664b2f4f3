package nl.integraletoegang.api.escalatie;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Gebruikersnaam;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Grants money from the maatwerkbudget for an approved doorbraak; the approver must not be the requester. */
public record GrantMaatwerkbudget(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Identificatie String doorbraakId,
        @Digits(integer = 9, fraction = 2, message = "Een bedrag is hoogstens 999.999.999,99 euro, in centen.")
        BigDecimal bedrag,
        @Gebruikersnaam String aanvrager,
        @Gebruikersnaam String goedkeurder,
        @VrijeTekst @PersonalData String bestemming,
        @TargetAggregateVersion Long expectedVersion) {
}
