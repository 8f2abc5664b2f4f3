package nl.integraletoegang.query.werkvoorraad;

import nl.integraletoegang.api.werkvoorraad.VolgWerkvoorraad;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadWijziging;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadWijziging.Soort;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadWijziging.Werklijst;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Pushes a change of a work list to the live streams of exactly the team whose list changed. Inside an event handler
 * Axon holds the update until the batch's transaction commits, so a stream never shows a change that was rolled back.
 */
@Component
class WerkvoorraadUpdates {

    private final QueryUpdateEmitter emitter;

    WerkvoorraadUpdates(QueryUpdateEmitter emitter) {
        this.emitter = emitter;
    }

    void meld(String team, Werklijst lijst, Soort soort, String huishoudenId, String casusId, String onderwerpId) {
        if (team == null) {
            return;
        }
        WerkvoorraadWijziging wijziging =
                new WerkvoorraadWijziging(team, lijst, soort, huishoudenId, casusId, onderwerpId);
        emitter.emit(VolgWerkvoorraad.class, query -> team.equals(query.team()), wijziging);
    }
}
