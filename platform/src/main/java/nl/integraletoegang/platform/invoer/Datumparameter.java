package nl.integraletoegang.platform.invoer;

import java.time.LocalDate;

/**
 * A date bound of a read ({@code van}, {@code tot}): ISO allows years such as {@code +999999999}, which no period,
 * time zone or database column can hold. A date outside these years is the client's mistake, a 400.
 */
public final class Datumparameter {

    public static final LocalDate VROEGSTE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAATSTE = LocalDate.of(9999, 12, 31);

    private Datumparameter() {
    }

    /** {@code datum} itself when absent or between 1900-01-01 and 9999-12-31; a 400 naming the parameter if not. */
    public static LocalDate binnenBereik(String parameter, LocalDate datum) {
        if (datum != null && (datum.isBefore(VROEGSTE) || datum.isAfter(LAATSTE))) {
            throw new OngeldigeParameterException(parameter, "De parameter %s verwacht een datum tussen %s en %s, in "
                    .formatted(parameter, VROEGSTE, LAATSTE) + "de vorm JJJJ-MM-DD.");
        }
        return datum;
    }
}
