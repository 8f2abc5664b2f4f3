package nl.integraletoegang.api.zoeken;

import java.time.LocalDate;
import java.util.List;

/**
 * The known households that match what a worker typed for a melding: the members' BSNs, their names with dates of
 * birth, and the address. Each candidate says why it matches; the strongest reason (BSN) first.
 */
public record FindOvereenkomsten(List<Kenmerk> leden, String postcode, Integer huisnummer) {

    public FindOvereenkomsten {
        leden = List.copyOf(leden);
    }

    /** What was typed about one member; any part may be missing. */
    public record Kenmerk(String naam, LocalDate geboortedatum, String bsn) {
    }
}
