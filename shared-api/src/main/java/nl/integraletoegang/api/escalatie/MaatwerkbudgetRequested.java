package nl.integraletoegang.api.escalatie;

import java.math.BigDecimal;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * A member of the doorbraakteam requested an amount from the maatwerkbudget for an approved doorbraak; it waits for
 * another member to approve or refuse it. {@code aanvrager} is the requester's normalised identity, taken from who
 * sent the request.
 */
@Revision("1")
public record MaatwerkbudgetRequested(
        String huishoudenId,
        String casusId,
        String doorbraakId,
        BigDecimal bedrag,
        String aanvrager,
        @PersonalData String bestemming) implements CasusEvent {
}
