package nl.integraletoegang.api.historie;

import java.time.Instant;
import java.util.List;

/**
 * A page of the events of a casus: what happened, when, by whom, in which role and team, and why. {@code totaal}
 * counts the events that match the filter on all pages.
 */
public record CasusHistorie(String casusId, String huishoudenId, List<Regel> regels, long totaal, int pagina,
                            int grootte) {

    public CasusHistorie {
        regels = List.copyOf(regels);
    }

    public record Regel(long volgnummer, Instant tijdstip, String gebeurtenis, String omschrijving, String actor,
                        String rol, String team, String reden, String correlatieId) {
    }
}
