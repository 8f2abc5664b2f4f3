package nl.integraletoegang.platform.invoer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A name as search compares it: lower case, without diacritics, with hyphens, apostrophes and full stops as spaces
 * and single spaces between the parts, so "El-Amrani" is "el amrani" and "Müller" is "muller". Index and search
 * both go through here, so they always agree.
 */
public final class Zoeknaam {

    private Zoeknaam() {
    }

    public static String van(String naam) {
        if (naam == null) {
            return "";
        }
        String zonderTekens = Normalizer.normalize(naam, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder uit = new StringBuilder(zonderTekens.length());
        zonderTekens.toLowerCase(Locale.ROOT).codePoints().forEach(teken -> uit.append(switch (teken) {
            // letters that carry their accent in themselves rather than as a combining mark
            case 'ß' -> "ss";
            case 'ø' -> "o";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'ı' -> "i";
            case 'þ' -> "th";
            default -> Character.isLetterOrDigit(teken) ? Character.toString(teken) : " ";
        }));
        return uit.toString().trim().replaceAll(" +", " ");
    }

    /** The words of a name as search compares them ({@link #van}, split at its spaces). */
    public static String[] woorden(String naam) {
        String zoeknaam = van(naam);
        return zoeknaam.isEmpty() ? new String[0] : zoeknaam.split(" ");
    }

    /** The initials of a name: the first letter of each part, upper case, each followed by a full stop. */
    public static String initialen(String naam) {
        String[] delen = naam == null ? new String[0] : naam.trim().split("[\\s'’.-]+");
        return Arrays.stream(delen).filter(deel -> !deel.isEmpty())
                .map(deel -> new String(Character.toChars(Character.toUpperCase(deel.codePointAt(0)))) + ".")
                .collect(Collectors.joining());
    }
}
