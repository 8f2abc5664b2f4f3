package nl.integraletoegang.api.plan;

/** Where an action of the plan stands; only an open action can be completed or cancelled. */
public enum ActieStatus {
    OPEN,
    AFGEROND,
    GEANNULEERD
}
