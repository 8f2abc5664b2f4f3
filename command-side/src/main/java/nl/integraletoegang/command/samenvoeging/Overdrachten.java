package nl.integraletoegang.command.samenvoeging;

import java.util.Optional;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergeStarted;
import nl.integraletoegang.api.samenvoeging.Overdracht;

/**
 * Reads what a merge hands over from the households' recorded events. The aggregate's state keeps no personal data
 * (it is snapshotted), so names, dates of birth and free texts come from the events, decrypted as they are read.
 */
public interface Overdrachten {

    /** What household {@code huishoudenId} hands over of its open casus {@code casusId}. */
    Overdracht verzamel(String huishoudenId, String casusId);

    /** The start of merge {@code samenvoegingId} as household {@code bronHuishoudenId} recorded it. */
    Optional<HuishoudenMergeStarted> gestart(String bronHuishoudenId, String samenvoegingId);
}
