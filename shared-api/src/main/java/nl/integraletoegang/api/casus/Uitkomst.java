package nl.integraletoegang.api.casus;

/** How a hulpvraag ended when its casus was closed. */
public enum Uitkomst {
    EIGEN_NETWERK,
    VOORLIGGEND_VELD,
    MAATWERKVOORZIENING,
    DOORVERWEZEN,
    INGETROKKEN
}
