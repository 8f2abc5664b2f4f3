package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Escalates further along the Aanpak Voorkomen Escalatie: Zorg- en Veiligheidshuis, burgemeester, regionale mandaatcommissie. */
public record EscalateUnderAve(
        @TargetAggregateIdentifier String huishoudenId,
        String casusId,
        EscalatieNiveau niveau,
        EscalatieReden reden,
        @PersonalData String toelichting,
        @TargetAggregateVersion Long expectedVersion) {
}
