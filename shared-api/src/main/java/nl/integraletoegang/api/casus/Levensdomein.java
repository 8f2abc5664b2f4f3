package nl.integraletoegang.api.casus;

/** The life domains a hulpvraag can belong to (DESIGN §1). */
public enum Levensdomein {
    WMO_ONDERSTEUNING,
    JEUGD,
    ZORG,
    ONDERWIJS,
    WELZIJN,
    WONEN,
    WERK,
    INKOMEN,
    FINANCIELE_ZORGEN,
    SCHULDEN,
    VEILIGHEID,
    INBURGERING,
    LEERPLICHT
}
