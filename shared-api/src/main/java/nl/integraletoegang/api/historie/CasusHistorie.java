package nl.integraletoegang.api.historie;

import java.time.Instant;
import java.util.List;

/** Every event of a casus in order: what happened, when, by whom, in which role and team, and why. */
public record CasusHistorie(String casusId, String huishoudenId, List<Regel> regels) {

    public CasusHistorie {
        regels = List.copyOf(regels);
    }

    public record Regel(long volgnummer, Instant tijdstip, String gebeurtenis, String omschrijving, String actor,
                        String rol, String team, String reden, String correlatieId) {
    }
}
