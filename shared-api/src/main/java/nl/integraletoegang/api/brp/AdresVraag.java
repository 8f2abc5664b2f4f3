package nl.integraletoegang.api.brp;

/**
 * An address to look up who lives there: postcode ({@code 1234AB}) and huisnummer, optionally narrowed by huisletter
 * and huisnummertoevoeging. Built through {@link BrpParameters}, which checks every part.
 */
public record AdresVraag(String postcode, int huisnummer, String huisletter, String huisnummertoevoeging) {
}
