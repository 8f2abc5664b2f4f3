package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** A decision was taken under the mandate of the current escalation level. */
@Revision("1")
public record EscalatieBesluitRecorded(
        String huishoudenId,
        String casusId,
        String escalatieId,
        EscalatieNiveau niveau,
        @PersonalData String besluit) implements CasusEvent {
}
