package nl.integraletoegang.query.samenvoeging;

import static nl.integraletoegang.query.Tijdstippen.tijdstip;

import java.time.Instant;
import java.util.Collection;
import nl.integraletoegang.api.samenvoeging.HuishoudenAbsorbed;
import nl.integraletoegang.api.samenvoeging.Overdracht;
import nl.integraletoegang.api.termijn.LaatsteDag;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work lists after a merge: B's hulpvragen and clocks now belong to A's casus, so they show up under A in the
 * lists of their teams (aflopende termijnen, te trieren while A is not triaged). The rows take A's sequence number,
 * as A's later events about them follow it.
 */
@Component
@ProcessingGroup("werkvoorraad")
class SamenvoegingWerkvoorraadProjection {

    private final JdbcClient jdbc;

    SamenvoegingWerkvoorraadProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(HuishoudenAbsorbed event, @Timestamp Instant at, @SequenceNumber long volgnummer) {
        for (Overdracht.Hulpvraag hulpvraag : event.overdracht().hulpvragen()) {
            jdbc.sql("""
                            INSERT INTO werkvoorraad_hulpvraag (hulpvraag_id, casus_id, huishouden_id, team, kanaal,
                                levensdomeinen, dreigingen, geregistreerd_op, volgnummer)
                            VALUES (:hulpvraagId, :casusId, :huishoudenId, :team, :kanaal, :levensdomeinen,
                                :dreigingen, :op, :volgnummer)
                            ON CONFLICT (hulpvraag_id) DO UPDATE SET casus_id = excluded.casus_id,
                                huishouden_id = excluded.huishouden_id, team = excluded.team,
                                volgnummer = excluded.volgnummer""")
                    .param("hulpvraagId", hulpvraag.hulpvraagId()).param("casusId", event.casusId())
                    .param("huishoudenId", event.huishoudenId()).param("team", hulpvraag.team())
                    .param("kanaal", hulpvraag.kanaal().name())
                    .param("levensdomeinen", namen(hulpvraag.levensdomeinen()))
                    .param("dreigingen", namen(hulpvraag.dreigingen()))
                    .param("op", tijdstip(hulpvraag.geregistreerdOp() == null ? at : hulpvraag.geregistreerdOp()))
                    .param("volgnummer", volgnummer)
                    .update();
        }
        for (Overdracht.Termijn termijn : event.overdracht().termijnen()) {
            jdbc.sql("""
                            INSERT INTO werkvoorraad_termijn (termijn_id, hulpvraag_id, casus_id, huishouden_id, regime,
                                spoed, status, vervalt_op, laatste_dag, gewaarschuwd, volgnummer)
                            VALUES (:termijnId, :hulpvraagId, :casusId, :huishoudenId, :regime, :spoed, :status,
                                :vervaltOp, :laatsteDag, :gewaarschuwd, :volgnummer)
                            ON CONFLICT (termijn_id) DO UPDATE SET casus_id = excluded.casus_id,
                                huishouden_id = excluded.huishouden_id, status = excluded.status,
                                vervalt_op = excluded.vervalt_op, laatste_dag = excluded.laatste_dag,
                                gewaarschuwd = excluded.gewaarschuwd, volgnummer = excluded.volgnummer""")
                    .param("termijnId", termijn.termijnId()).param("hulpvraagId", termijn.hulpvraagId())
                    .param("casusId", event.casusId()).param("huishoudenId", event.huishoudenId())
                    .param("regime", termijn.regime()).param("spoed", termijn.spoed())
                    .param("status", termijn.status()).param("vervaltOp", tijdstip(termijn.vervaltOp()))
                    .param("laatsteDag", LaatsteDag.van(termijn.laatsteDag(), termijn.vervaltOp()))
                    .param("gewaarschuwd", termijn.gewaarschuwd()).param("volgnummer", volgnummer)
                    .update();
        }
    }

    private static String[] namen(Collection<? extends Enum<?>> waarden) {
        return waarden.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
