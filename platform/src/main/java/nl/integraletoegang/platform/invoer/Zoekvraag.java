package nl.integraletoegang.platform.invoer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.integraletoegang.api.casus.Bsn;
import nl.integraletoegang.api.veld.Kalenderdatum;
import nl.integraletoegang.api.veld.Persoonsnaam;
import nl.integraletoegang.platform.invoer.OngeldigeParameterException;

/**
 * The terms of a search as a worker types them, checked before any query is sent: a BSN must pass the elfproef, a
 * postcode is four digits and two letters (space and case do not matter), a huisnummer 1 to 99999, a name follows the
 * rule for names and has at least two letters. Refusals name the parameter and never repeat what was typed.
 */
public final class Zoekvraag {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
    private static final Pattern NAAM = Pattern.compile(Persoonsnaam.TEKENS);
    public static final int MAX_HUISNUMMER = 99999;

    private Zoekvraag() {
    }

    public static String bsn(String parameter, String bsn) {
        if (bsn == null || bsn.isBlank()) {
            return null;
        }
        String cijfers = bsn.strip();
        if (!Bsn.isValid(cijfers)) {
            throw new OngeldigeParameterException(parameter, "Dit is geen geldig BSN: een BSN bestaat uit negen "
                    + "cijfers en doorstaat de elfproef.");
        }
        return cijfers;
    }

    /** The postcode as stored: without space, upper case ({@code 1234AB}). */
    public static String postcode(String parameter, String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String genormaliseerd = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        if (genormaliseerd.length() > 6 || !POSTCODE.matcher(genormaliseerd).matches()) {
            throw new OngeldigeParameterException(parameter, "Een postcode bestaat uit vier cijfers en twee letters, "
                    + "bijvoorbeeld 7411 AB.");
        }
        return genormaliseerd;
    }

    public static Integer huisnummer(String parameter, String huisnummer) {
        if (huisnummer == null || huisnummer.isBlank()) {
            return null;
        }
        String getal = huisnummer.strip();
        if (!getal.matches("[0-9]{1,5}") || Integer.parseInt(getal) < 1) {
            throw new OngeldigeParameterException(parameter, "Een huisnummer is een getal van 1 tot en met "
                    + MAX_HUISNUMMER + ", zonder letter of toevoeging.");
        }
        return Integer.parseInt(getal);
    }

    public static String naam(String parameter, String naam) {
        if (naam == null || naam.isBlank()) {
            return null;
        }
        String getrimd = naam.strip();
        if (getrimd.length() > Persoonsnaam.MAX || !NAAM.matcher(getrimd).matches()
                || Zoeknaam.van(getrimd).length() < 2) {
            throw new OngeldigeParameterException(parameter, "Zoek op een naam van ten minste twee en hoogstens "
                    + Persoonsnaam.MAX + " letters (ook met accenten), spaties, apostrofs, punten en streepjes.");
        }
        return getrimd;
    }

    public static LocalDate geboortedatum(String parameter, String datum) {
        if (datum == null || datum.isBlank()) {
            return null;
        }
        try {
            LocalDate gelezen = LocalDate.parse(datum.strip());
            if (!gelezen.isBefore(Kalenderdatum.VROEGST) && !gelezen.isAfter(Kalenderdatum.LAATST)) {
                return gelezen;
            }
        } catch (DateTimeParseException e) {
            // answered below, like a date out of range
        }
        throw new OngeldigeParameterException(parameter, "Een geboortedatum heeft de vorm JJJJ-MM-DD en ligt tussen "
                + Kalenderdatum.VROEGST + " en " + Kalenderdatum.LAATST + ".");
    }
}
