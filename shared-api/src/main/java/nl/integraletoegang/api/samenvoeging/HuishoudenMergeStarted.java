package nl.integraletoegang.api.samenvoeging;

import nl.integraletoegang.api.casus.CasusEvent;
import nl.integraletoegang.api.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * Household {@code huishoudenId} (B) started merging into {@code doelHuishoudenId} (A), for the reason given, and
 * recorded what it hands over. B accepts no other write until the merge completes or is cancelled.
 */
@Revision("1")
public record HuishoudenMergeStarted(
        String huishoudenId,
        String casusId,
        String samenvoegingId,
        String doelHuishoudenId,
        String doelCasusId,
        @PersonalData String reden,
        Overdracht overdracht) implements CasusEvent {
}
