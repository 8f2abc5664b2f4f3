package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** The casus was escalated onward to the doorbraakteam. */
@Revision("1")
public record CasusEscalatedToDoorbraakteam(
        String huishoudenId,
        String casusId,
        String escalatieId,
        EscalatieReden reden,
        @PersonalData String toelichting) implements CasusEvent {
}
