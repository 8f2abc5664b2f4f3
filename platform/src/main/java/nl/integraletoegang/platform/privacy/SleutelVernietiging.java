package nl.integraletoegang.platform.privacy;

/**
 * Destroys a data subject's key, in the caller's transaction, so that the erasure and the event recording it
 * commit or roll back together. An interface so that aggregate tests can do without a database.
 */
public interface SleutelVernietiging {

    /**
     * @param subjectId the person or household whose personal data becomes unreadable
     * @param door who ordered the erasure
     * @param reden why, e.g. the end of the retention period
     */
    void vernietig(String subjectId, String door, String reden);
}
