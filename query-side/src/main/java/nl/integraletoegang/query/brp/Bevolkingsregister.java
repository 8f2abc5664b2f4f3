package nl.integraletoegang.query.brp;

import nl.integraletoegang.api.brp.AdresVraag;
import nl.integraletoegang.api.brp.BrpPersoon;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The population register (BRP) as the melding needs it: a person by BSN, and who lives at an address on a date.
 * Behind it the Haal Centraal BRP APIs, a file of fictitious residents (standalone), or nothing at all. A register
 * that cannot answer throws {@link BrpNietBeschikbaarException}.
 */
public interface Bevolkingsregister {

    /** The person with this (valid) BSN, or empty when the register does not know them. */
    Optional<BrpPersoon> persoon(String bsn);

    /** Everyone registered at the address on {@code peildatum} (today or earlier), in the register's order. */
    List<BrpPersoon> bewoners(AdresVraag adres, LocalDate peildatum);

    /** Whether this register is connected at all; the UI offers the lookup only then. */
    default boolean beschikbaar() {
        return true;
    }
}
