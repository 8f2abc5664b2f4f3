package nl.integraletoegang.query.huishouden;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.integraletoegang.api.historie.CasusHistorie;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.query.inzage.InzageRegel;

/**
 * Everything the service holds about a household (AVG art. 15): its events as recorded, with time and audit metadata,
 * the read models built from them, and who looked at it.
 */
public record Dossier(String huishoudenId, Instant opgesteldOp, List<Gebeurtenis> gebeurtenissen,
                      HuishoudenOverzicht overzicht, List<CasusHistorie> casushistorie, List<InzageRegel> inzages) {

    public Dossier {
        gebeurtenissen = List.copyOf(gebeurtenissen);
        casushistorie = List.copyOf(casushistorie);
        inzages = List.copyOf(inzages);
    }

    /** One event of the household's stream: its type, its content and the metadata (actor, role, team, reason). */
    public record Gebeurtenis(long volgnummer, Instant tijdstip, String type, Object gegevens,
                              Map<String, Object> metadata) {
    }
}
