package nl.integraletoegang.api.samenvoeging;

/** Where a merge of one household into another stands. */
public enum SamenvoegingStatus {
    GESTART,
    VOLTOOID,
    GEANNULEERD
}
