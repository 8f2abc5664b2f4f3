package nl.integraletoegang.api.casus;

/** Where a casus stands: open from the melding until it is closed, open again when it is reopened. */
public enum CasusStatus {
    OPEN,
    AFGESLOTEN
}
