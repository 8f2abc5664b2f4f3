package nl.integraletoegang.api.escalatie;

import java.math.BigDecimal;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** An amount from the maatwerkbudget was granted for an approved doorbraak, by an approver other than the requester. */
@Revision("1")
public record MaatwerkbudgetGranted(
        String huishoudenId,
        String casusId,
        String doorbraakId,
        BigDecimal bedrag,
        String aanvrager,
        String goedkeurder,
        @PersonalData String bestemming) implements CasusEvent {
}
