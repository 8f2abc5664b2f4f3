package nl.integraletoegang.api.brp;

import java.util.List;

/**
 * What the population register answered: the people found (those at the address first, then the one with the BSN if
 * not among them), or, when it could not answer, the Dutch explanation why ({@code nietBeschikbaar}).
 */
public record BrpAntwoord(List<BrpPersoon> personen, String nietBeschikbaar) {

    public BrpAntwoord {
        personen = personen == null ? List.of() : List.copyOf(personen);
    }
}
