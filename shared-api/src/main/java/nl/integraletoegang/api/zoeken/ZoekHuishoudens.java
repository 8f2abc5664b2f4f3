package nl.integraletoegang.api.zoeken;

import java.time.LocalDate;

/**
 * Find a household before registering a melding: by BSN (exact), by postcode and huisnummer, or by name (prefix and
 * typo-tolerant, case and diacritics ignored) optionally with a date of birth. Exactly one way is given; the asker
 * travels as the query's metadata, so the handler decides who may search and logs what was shown.
 */
public record ZoekHuishoudens(
        String bsn,
        String postcode,
        Integer huisnummer,
        String naam,
        LocalDate geboortedatum,
        int page,
        int size) {
}
