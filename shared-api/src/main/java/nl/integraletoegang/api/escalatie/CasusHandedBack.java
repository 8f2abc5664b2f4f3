package nl.integraletoegang.api.escalatie;

import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** The escalation ended: the casus went back to its casusregisseur with the agreed plan. */
@Revision("1")
public record CasusHandedBack(
        String huishoudenId,
        String casusId,
        String escalatieId,
        EscalatieNiveau niveau,
        @PersonalData String afgesprokenPlan) implements CasusEvent {
}
