package nl.integraletoegang.api.escalatie;

/** Why a casus is escalated. */
public enum EscalatieReden {
    KETEN_STAGNEERT,
    AFSPRAKEN_NIET_NAGEKOMEN,
    ONAFHANKELIJK_VOORZITTERSCHAP_NODIG,
    RISICO_ZORG_EN_VEILIGHEID
}
