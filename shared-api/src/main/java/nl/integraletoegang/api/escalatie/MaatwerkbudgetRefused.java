package nl.integraletoegang.api.escalatie;

import java.math.BigDecimal;
import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The requested maatwerkbudget was refused, with a reason, by another member of the doorbraakteam than the requester
 * ({@code afwijzer}, a normalised identity). The doorbraak can get a new request afterwards.
 */
@Revision("1")
public record MaatwerkbudgetRefused(
        String huishoudenId,
        String casusId,
        String doorbraakId,
        BigDecimal bedrag,
        String aanvrager,
        String afwijzer,
        @PersonalData String reden) implements CasusEvent {
}
