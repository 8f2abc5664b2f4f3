package nl.integraletoegang.query.label;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.integraletoegang.api.privacy.Gewist;

/**
 * The label of a household from its members while the household has no address or roles yet: the surname (the last
 * part of the name) of the oldest member, "Huishouden zonder gegevens" without members. An erased member's name is
 * never in it.
 */
public final class Huishoudlabel {

    public static final String ZONDER_GEGEVENS = "Huishouden zonder gegevens";

    private static final Set<String> TUSSENVOEGSELS = Set.of("van", "de", "der", "den", "het",
            "ter", "ten", "te", "in", "op", "'t", "’t", "la", "le", "du", "da", "di", "el", "al", "von", "zu");

    public record Lid(String naam, LocalDate geboortedatum) {
    }

    private Huishoudlabel() {
    }

    public static String van(List<Lid> leden) {
        return leden.stream()
                .filter(lid -> lid.naam() != null && !lid.naam().isBlank() && !Gewist.PLAATSHOUDER.equals(lid.naam()))
                .min(Comparator.comparing(Lid::geboortedatum, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Lid::naam))
                .map(lid -> "Huishouden " + achternaam(lid.naam()))
                .orElse(ZONDER_GEGEVENS);
    }

    /** The surname: from the first tussenvoegsel after the first name ("de Vries"), otherwise the last part. */
    private static String achternaam(String naam) {
        String[] delen = naam.trim().split("\\s+");
        for (int i = 1; i < delen.length - 1; i++) {
            if (TUSSENVOEGSELS.contains(delen[i].toLowerCase(Locale.ROOT))) {
                return String.join(" ", Arrays.copyOfRange(delen, i, delen.length));
            }
        }
        return delen[delen.length - 1];
    }
}
