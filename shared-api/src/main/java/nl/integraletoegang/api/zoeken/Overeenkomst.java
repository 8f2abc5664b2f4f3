package nl.integraletoegang.api.zoeken;

/** Why a known household matches what a worker typed for a melding. */
public enum Overeenkomst {
    /** A member has the BSN that was typed. */
    BSN,
    /** A member has a similar name and the same date of birth. */
    NAAM_GEBOORTEDATUM,
    /** The household lives at the postcode and huisnummer that were typed. */
    ADRES
}
