package nl.integraletoegang.api.samenvoeging;

/**
 * Where a merge of one household (B) into another (A) stands: started by B, {@link #OPGENOMEN} once A took in what B
 * handed over, {@link #VOLTOOID} once B recorded that it continues in A, or cancelled.
 */
public enum SamenvoegingStatus {
    GESTART,
    OPGENOMEN,
    VOLTOOID,
    GEANNULEERD
}
