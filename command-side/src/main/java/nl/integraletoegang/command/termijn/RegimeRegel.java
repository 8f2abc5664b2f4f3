package nl.integraletoegang.command.termijn;

import java.util.Objects;

/**
 * The limit of one legal regime or local service norm.
 *
 * @param aantal how many units the clock runs
 * @param eenheid the unit of {@code aantal}
 * @param spoedAantal the shorter limit when the law's urgent variant applies (eviction, cut-off, loss of health
 *                    insurance), or {@code null} when the regime has none
 * @param spoedEenheid the unit of {@code spoedAantal}
 * @param waarschuwingWerkdagen how many working days before the last day the worker is warned
 * @param omschrijving what the clock watches, in words a worker reads
 */
public record RegimeRegel(int aantal, Eenheid eenheid, Integer spoedAantal, Eenheid spoedEenheid,
                          int waarschuwingWerkdagen, String omschrijving) {

    public RegimeRegel {
        if (aantal < 1) {
            throw new IllegalArgumentException("A termijn runs for at least one unit, not " + aantal);
        }
        Objects.requireNonNull(eenheid, "eenheid");
        if ((spoedAantal == null) != (spoedEenheid == null)) {
            throw new IllegalArgumentException("An urgent variant needs both an amount and a unit");
        }
        if (spoedAantal != null && spoedAantal < 1) {
            throw new IllegalArgumentException("An urgent termijn runs for at least one unit, not " + spoedAantal);
        }
        if (waarschuwingWerkdagen < 0) {
            throw new IllegalArgumentException("The warning cannot come after the expiry");
        }
    }

    boolean heeftSpoedVariant() {
        return spoedAantal != null;
    }
}
