package nl.integraletoegang.api.casus;

/** How a hulpvraag ended when its casus was closed. */
public enum Uitkomst {
    EIGEN_NETWERK,
    VOORLIGGEND_VELD,
    MAATWERKVOORZIENING,
    DOORVERWEZEN,
    INGETROKKEN,
    /**
     * The hulpvraag continues in the casus of the household this one was merged into. Only a merge gives it; it is
     * not a result of help and is not counted among the outcomes.
     */
    SAMENGEVOEGD
}
