package nl.integraletoegang.query.werkvoorraad;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.huishouden.AdresRegistered;
import nl.integraletoegang.api.huishouden.HuishoudenLabel;
import nl.integraletoegang.api.huishouden.HuishoudenMoved;
import nl.integraletoegang.api.huishouden.LidJoined;
import nl.integraletoegang.api.huishouden.LidLeft;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.query.label.LabelKopie;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work lists' own copy of the household labels (tables {@code werkvoorraad_lid} and {@code werkvoorraad_label}),
 * so the lists show "Huishouden El Amrani" instead of an id without reading the overview's or the search's tables.
 */
@Component
@ProcessingGroup(Rijen.PROCESSING_GROUP)
class WerkvoorraadLabelProjection {

    private final JdbcClient jdbc;
    private final LabelKopie labels;

    WerkvoorraadLabelProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.labels = new LabelKopie(jdbc, "werkvoorraad");
    }

    @EventHandler
    void on(LidRegistered event, @SequenceNumber long volgnummer) {
        labels.on(event, volgnummer);
    }

    @EventHandler
    void on(LidJoined event, @SequenceNumber long volgnummer) {
        labels.on(event, volgnummer);
    }

    @EventHandler
    void on(LidLeft event) {
        labels.on(event);
    }

    @EventHandler
    void on(AdresRegistered event) {
        labels.on(event);
    }

    @EventHandler
    void on(HuishoudenMoved event) {
        labels.on(event);
    }

    @EventHandler
    void on(PersoonsgegevensGewist event) {
        labels.on(event);
    }

    @ResetHandler
    void reset() {
        labels.reset();
    }

    /** The label of each household asked; a household without members yet is "Huishouden zonder gegevens". */
    Map<String, String> labels(Collection<String> huishoudenIds) {
        Map<String, String> gevonden = new HashMap<>();
        if (!huishoudenIds.isEmpty()) {
            jdbc.sql("SELECT huishouden_id, label FROM werkvoorraad_label WHERE huishouden_id IN (:ids)")
                    .param("ids", List.copyOf(huishoudenIds))
                    .query((rs, n) -> gevonden.put(rs.getString(1), rs.getString(2)))
                    .list();
        }
        huishoudenIds.forEach(id -> gevonden.putIfAbsent(id, HuishoudenLabel.ZONDER_GEGEVENS));
        return gevonden;
    }
}
