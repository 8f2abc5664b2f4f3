package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The casusregisseur calls in a procesregisseur because the casus threatens to stall. */
public record EscalateToProcesregisseur(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        @Identificatie String escalatieId,
        EscalatieReden reden,
        @VrijeTekst(max = VrijeTekst.MIDDEL) @PersonalData String toelichting,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
