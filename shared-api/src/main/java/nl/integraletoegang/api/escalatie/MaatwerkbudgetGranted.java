package nl.integraletoegang.api.escalatie;

import java.math.BigDecimal;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * An amount from the maatwerkbudget was granted for an approved doorbraak, by an approver other than the requester.
 *
 * <p>Since the two-step flow ({@link MaatwerkbudgetRequested}, then {@link ApproveMaatwerkbudget}) the approver is the
 * authenticated person who approved, and both identities are normalised; {@code bestemming} is carried by the
 * request and is {@code null} here. Grants recorded before that flow (one command naming the approver) have the same
 * shape, so they read unchanged: their {@code goedkeurder} is the name that was typed and their {@code bestemming}
 * is filled.
 */
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
