package nl.integraletoegang.api.escalatie;

import java.util.Set;
import nl.integraletoegang.api.werkvoorraad.Volgorde;

/**
 * Asks for one page of the escalations that have not been handed back at the given levels, optionally only those
 * (not) yet taken up ({@code null}: both).
 */
public record FindOpenEscalaties(Set<EscalatieNiveau> niveaus, Boolean opgepakt, int page, int size,
                                 Volgorde volgorde) {

    public FindOpenEscalaties {
        niveaus = Set.copyOf(niveaus);
    }
}
