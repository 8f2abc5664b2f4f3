package nl.integraletoegang.api.casus;

/** The channel through which a melding reached the municipality: there is no wrong door. */
public enum Kanaal {
    TELEFOON,
    EMAIL,
    INLOOP,
    POST,
    VERWIJZING_HUISARTS,
    VERWIJZING_GECERTIFICEERDE_INSTELLING,
    VERWIJZING_RECHTER,
    SIGNAAL_PARTNER
}
