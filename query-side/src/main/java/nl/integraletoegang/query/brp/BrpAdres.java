package nl.integraletoegang.query.brp;

/**
 * Where a person lives according to the population register, in BAG/BRP vocabulary: postcode normalised as
 * {@code 1234AB}, huisnummer, optional huisletter and huisnummertoevoeging, straat and woonplaats.
 */
public record BrpAdres(String postcode, Integer huisnummer, String huisletter, String huisnummertoevoeging,
                       String straat, String woonplaats) {
}
