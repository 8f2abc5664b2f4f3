package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** The casus was escalated to a further AVE level. */
@Revision("1")
public record CasusEscalatedUnderAve(
        String huishoudenId,
        String casusId,
        String escalatieId,
        EscalatieNiveau niveau,
        EscalatieReden reden,
        @PersonalData String toelichting) implements CasusEvent {
}
