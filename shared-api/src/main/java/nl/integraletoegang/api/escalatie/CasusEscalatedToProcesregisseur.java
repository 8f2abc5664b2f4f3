package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** The casus was escalated to a procesregisseur, with a reason category and an explanation. */
@Revision("1")
public record CasusEscalatedToProcesregisseur(
        String huishoudenId,
        String casusId,
        String escalatieId,
        EscalatieReden reden,
        @PersonalData String toelichting) implements CasusEvent {
}
