package nl.integraletoegang.api.casus;

/** How urgent the integral support need is, as established in the brede uitvraag. */
public enum Urgentie {
    LAAG,
    NORMAAL,
    HOOG,
    ACUUT
}
