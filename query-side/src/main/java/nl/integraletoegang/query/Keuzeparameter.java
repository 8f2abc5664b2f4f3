package nl.integraletoegang.query;

import nl.integraletoegang.platform.invoer.OngeldigeParameterException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads a choice parameter (an enum) of the read API case-insensitively. Read by hand rather than bound by Spring, so
 * that a wrong value is answered with the allowed values instead of a generic conversion message.
 */
public final class Keuzeparameter {

    private Keuzeparameter() {
    }

    /** The constant named by {@code waarde}, {@code null} when absent, a 400 listing the choices when unknown. */
    public static <E extends Enum<E>> E lees(String parameter, String waarde, Class<E> soort) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, waarde.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String toegestaan = Arrays.stream(soort.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            throw new OngeldigeParameterException(parameter,
                    "De parameter %s verwacht een van: %s.".formatted(parameter, toegestaan));
        }
    }
}
