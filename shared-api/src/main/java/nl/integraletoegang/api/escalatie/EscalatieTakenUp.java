package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusEvent;
import org.axonframework.serialization.Revision;

/** The escalation was taken up at its current level. */
@Revision("1")
public record EscalatieTakenUp(
        String huishoudenId,
        String casusId,
        String escalatieId,
        EscalatieNiveau niveau,
        String behandelaar) implements CasusEvent {
}
