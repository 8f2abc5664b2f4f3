package nl.integraletoegang.api.brp;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.integraletoegang.api.huishouden.Adres;

/**
 * A person as the population register knows them, with just what a melding needs: BSN, the parts of the name, the
 * date of birth (absent when the register holds only part of it) and the address.
 */
public record BrpPersoon(String bsn, String voornamen, String voorvoegsel, String geslachtsnaam,
                         LocalDate geboortedatum, Adres adres) {

    /** The name as a worker writes it in a member row: "Fatima el Amrani". */
    public String volledigeNaam() {
        return Stream.of(voornamen, voorvoegsel, geslachtsnaam)
                .filter(deel -> deel != null && !deel.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
    }
}
