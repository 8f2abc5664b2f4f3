package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusCommand;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Escalates further along the Aanpak Voorkomen Escalatie: Zorg- en Veiligheidshuis, burgemeester, regionale mandaatcommissie. */
public record EscalateUnderAve(
        @Identificatie @TargetAggregateIdentifier String huishoudenId,
        @Identificatie String casusId,
        EscalatieNiveau niveau,
        EscalatieReden reden,
        @VrijeTekst(max = VrijeTekst.MIDDEL) @PersonalData String toelichting,
        @TargetAggregateVersion Long expectedVersion) implements CasusCommand {
}
