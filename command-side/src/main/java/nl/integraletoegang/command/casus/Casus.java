package nl.integraletoegang.command.casus;

import java.util.ArrayList;
import java.util.List;
import nl.integraletoegang.api.casus.MeldingRegistered;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/** The household's open casus: the hulpvragen it holds and, later, its regisseur, plan and escalations. */
class Casus {

    @EntityId
    private final String casusId;
    private final List<String> hulpvraagIds = new ArrayList<>();

    Casus(String casusId) {
        this.casusId = casusId;
    }

    String casusId() {
        return casusId;
    }

    List<String> hulpvraagIds() {
        return List.copyOf(hulpvraagIds);
    }

    @EventSourcingHandler
    void on(MeldingRegistered event) {
        hulpvraagIds.add(event.hulpvraagId());
    }
}
