package nl.integraletoegang.api.figuren;

import java.time.LocalDate;

/**
 * Asks for the management figures per period from {@code van} up to and including {@code tot} (local dates),
 * optionally for one wijk only ({@code null}: every wijk). The range is widened to whole periods.
 */
public record FindManagementFiguren(Periodesoort periode, LocalDate van, LocalDate tot, String wijk) {
}
