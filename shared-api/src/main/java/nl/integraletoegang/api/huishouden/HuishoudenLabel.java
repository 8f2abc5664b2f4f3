package nl.integraletoegang.api.huishouden;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.integraletoegang.api.privacy.Gewist;

/**
 * The label workers recognise a household by, instead of its id: "Huishouden El Amrani, Kerkstraat 12A, Deventer".
 * The name is the surname of the first ouder or partner, otherwise of the oldest member; the address is street and
 * number (with huisletter and toevoeging) and woonplaats, or postcode and number without a street. Missing or erased
 * parts are left out ("Huishouden Bakker", "Huishouden Kerkstraat 12, Deventer", {@value #ZONDER_GEGEVENS}), so an
 * erased person's name never appears: pass the decrypted values, erased ones read as absent or
 * {@value Gewist#PLAATSHOUDER}. The label is personal data: read models store it like the names it is made of.
 */
public final class HuishoudenLabel {

    public static final String ZONDER_GEGEVENS = "Huishouden zonder gegevens";

    private static final String VOORVOEGSEL = "Huishouden ";

    /** A current member as the label needs it; members who left are not passed. */
    public record Lid(String naam, LocalDate geboortedatum, LidRol rol) {
    }

    private HuishoudenLabel() {
    }

    /** The label of a household with this address (may be absent) and these current members in the order they joined. */
    public static String van(Adres adres, List<Lid> leden) {
        List<String> delen = new ArrayList<>();
        achternaam(leden == null ? List.of() : leden).ifPresent(delen::add);
        if (adres != null) {
            woning(adres).ifPresent(delen::add);
            bekend(adres.woonplaats()).ifPresent(delen::add);
        }
        return delen.isEmpty() ? ZONDER_GEGEVENS : VOORVOEGSEL + String.join(", ", delen);
    }

    private static Optional<String> achternaam(List<Lid> leden) {
        List<Lid> metNaam = leden.stream().filter(lid -> lid != null && bekend(lid.naam()).isPresent()).toList();
        Optional<Lid> naamgever = metNaam.stream()
                .filter(lid -> lid.rol() == LidRol.OUDER || lid.rol() == LidRol.PARTNER)
                .findFirst()
                .or(() -> metNaam.stream().min(Comparator.comparing(Lid::geboortedatum,
                        Comparator.nullsLast(Comparator.naturalOrder()))));
        return naamgever.map(lid -> achternaamVan(lid.naam().strip()));
    }

    /** Everything after the first name ("Fatima El Amrani" → "El Amrani"), capitalised as a surname standing alone. */
    static String achternaamVan(String naam) {
        String[] woorden = naam.split("\\s+", 2);
        String achternaam = woorden.length == 2 ? woorden[1] : woorden[0];
        int eerste = achternaam.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(eerste))
                .append(achternaam.substring(Character.charCount(eerste))).toString();
    }

    private static Optional<String> woning(Adres adres) {
        if (adres.huisnummer() == null) {
            return bekend(adres.straat()).or(() -> bekend(adres.postcode()));
        }
        StringBuilder nummer = new StringBuilder().append(adres.huisnummer());
        bekend(adres.huisletter()).ifPresent(nummer::append);
        bekend(adres.huisnummertoevoeging()).ifPresent(toevoeging -> nummer.append('-').append(toevoeging));
        Optional<String> plek = bekend(adres.straat()).or(() -> bekend(adres.postcode()));
        return Optional.of(plek.map(p -> p + " " + nummer).orElse(nummer.toString()));
    }

    private static Optional<String> bekend(String waarde) {
        if (waarde == null || waarde.isBlank() || waarde.strip().equals(Gewist.PLAATSHOUDER)) {
            return Optional.empty();
        }
        return Optional.of(waarde.strip());
    }
}
