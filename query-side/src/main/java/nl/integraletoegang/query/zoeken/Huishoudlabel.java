package nl.integraletoegang.query.zoeken;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The label of a household from its members while the household has no address or roles yet: the surname (the last
 * part of the name) of the oldest member, "Huishouden zonder gegevens" without members.
 */
final class Huishoudlabel {

    static final String ZONDER_GEGEVENS = "Huishouden zonder gegevens";

    record Lid(String naam, LocalDate geboortedatum) {
    }

    private Huishoudlabel() {
    }

    static String van(List<Lid> leden) {
        return leden.stream()
                .filter(lid -> !lid.naam().isBlank())
                .min(Comparator.comparing(Lid::geboortedatum, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Lid::naam))
                .map(lid -> "Huishouden " + achternaam(lid.naam()))
                .orElse(ZONDER_GEGEVENS);
    }

    private static String achternaam(String naam) {
        String[] delen = naam.trim().split("\\s+");
        return delen[delen.length - 1];
    }
}
