package nl.integraletoegang.api.werkvoorraad;

/** The order of a work list by age: what has waited longest comes first unless asked otherwise. */
public enum Volgorde {
    OUDSTE_EERST,
    NIEUWSTE_EERST
}
