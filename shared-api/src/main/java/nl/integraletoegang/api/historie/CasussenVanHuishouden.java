package nl.integraletoegang.api.historie;

import java.time.Instant;
import java.util.List;

/** The casussen of a household, newest first; empty for a household unknown or outside the asker's need to know. */
public record CasussenVanHuishouden(List<Casus> casussen) {

    public CasussenVanHuishouden {
        casussen = List.copyOf(casussen);
    }

    /** A casus as the history knows it: when its first and its latest event happened, and how many there are. */
    public record Casus(String casusId, Instant eersteGebeurtenis, Instant laatsteGebeurtenis, long gebeurtenissen) {
    }
}
