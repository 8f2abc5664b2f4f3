package nl.integraletoegang.api.audit;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation of a worker's identity (the user name of a demo user, the subject or configured user-name
 * claim of a token). Logins are case-insensitive, so {@code DIRK}, {@code dirk} and {@code " Dirk "} are one person:
 * every identity is stored and compared in this form, for the four-eyes rule, the casusregisseur's "works on" check,
 * the access log and the work lists alike.
 */
public final class Identiteit {

    private Identiteit() {
    }

    /**
     * Unicode compatibility form (so a full-width or composed letter is the letter itself), without surrounding
     * white space, in lower case independent of the server's locale; {@code null} stays {@code null}.
     */
    public static String normaliseer(String identiteit) {
        if (identiteit == null) {
            return null;
        }
        return Normalizer.normalize(identiteit, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether both name the same person; an absent or blank identity names no one, not even itself. */
    public static boolean dezelfde(String een, String ander) {
        String a = normaliseer(een);
        return a != null && !a.isEmpty() && a.equals(normaliseer(ander));
    }
}
