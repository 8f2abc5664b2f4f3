package nl.integraletoegang.api.casus;

import jakarta.validation.Valid;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hands the casus to another casusregisseur: rare, explicit, and with a reason. */
public record ChangeCasusregisseur(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Valid Casusregisseur nieuweRegisseur,
        @VrijeTekst String reden,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
