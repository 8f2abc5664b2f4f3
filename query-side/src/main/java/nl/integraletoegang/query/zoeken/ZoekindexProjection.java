package nl.integraletoegang.query.zoeken;

import java.time.LocalDate;
import java.util.List;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.CasusregisseurAppointed;
import nl.integraletoegang.api.casus.CasusregisseurChanged;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.privacy.Gewist;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.query.label.Huishoudlabel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search index: who belongs to which household, findable by BSN (as a keyed hash), by name and by address, and
 * per household its label, whether it has an open casus and its regisseur's team. Its own processing group, so a
 * rebuild of another read model never empties the search. Every handler is an idempotent upsert, update or delete;
 * a household's events arrive in order. Erasure removes the person from the index (and from the label).
 */
@Component
@ProcessingGroup(ZoekindexProjection.PROCESSING_GROUP)
class ZoekindexProjection {

    static final String PROCESSING_GROUP = "zoekindex";

    private final JdbcClient jdbc;
    private final BsnHash bsnHash;

    ZoekindexProjection(JdbcClient jdbc, BsnHash bsnHash) {
        this.jdbc = jdbc;
        this.bsnHash = bsnHash;
    }

    @EventHandler
    void on(LidRegistered event) {
        huishouden(event.huishoudenId());
        // replaying a person erased since: their fields read as erased, and nothing of them belongs in the index
        if (!Gewist.PLAATSHOUDER.equals(event.naam())) {
            String naam = event.naam() == null ? "" : event.naam();
            LocalDate geboortedatum = event.geboortedatum();
            jdbc.sql("""
                            INSERT INTO zoek_persoon (persoon_id, huishouden_id, bsn_hash, naam, naam_zoek,
                                geboortedatum, initialen, geboortejaar)
                            VALUES (:persoonId, :huishoudenId, :bsnHash, :naam, :naamZoek, :geboortedatum, :initialen,
                                :geboortejaar)
                            ON CONFLICT (persoon_id) DO NOTHING""")
                    .param("persoonId", event.persoonId())
                    .param("huishoudenId", event.huishoudenId())
                    .param("bsnHash", event.bsn() == null || event.bsn().equals(Gewist.PLAATSHOUDER) ? null
                            : bsnHash.van(event.bsn()))
                    .param("naam", naam)
                    .param("naamZoek", Zoeknaam.van(naam))
                    .param("geboortedatum", geboortedatum)
                    .param("initialen", Zoeknaam.initialen(naam))
                    .param("geboortejaar", geboortedatum == null ? null : geboortedatum.getYear())
                    .update();
        }
        label(event.huishoudenId());
    }

    @EventHandler
    void on(PersoonsgegevensGewist event) {
        int gewist = jdbc.sql("DELETE FROM zoek_persoon WHERE persoon_id = :persoonId")
                .param("persoonId", event.subjectId()).update();
        if (gewist > 0) {
            label(event.huishoudenId());
        }
    }

    @EventHandler
    void on(CasusOpened event) {
        huishouden(event.huishoudenId());
        casus(event.huishoudenId(), event.casusId(), true);
    }

    @EventHandler
    void on(CasusClosed event) {
        casus(event.huishoudenId(), event.casusId(), false);
    }

    @EventHandler
    void on(CasusReopened event) {
        casus(event.huishoudenId(), event.casusId(), true);
    }

    @EventHandler
    void on(CasusregisseurAppointed event) {
        regisseurTeam(event.huishoudenId(), event.regisseur().team());
    }

    @EventHandler
    void on(CasusregisseurChanged event) {
        regisseurTeam(event.huishoudenId(), event.nieuweRegisseur().team());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE zoek_persoon, zoek_huishouden").update();
    }

    private void huishouden(String huishoudenId) {
        jdbc.sql("""
                        INSERT INTO zoek_huishouden (huishouden_id, label) VALUES (:huishoudenId, :label)
                        ON CONFLICT (huishouden_id) DO NOTHING""")
                .param("huishoudenId", huishoudenId).param("label", Huishoudlabel.ZONDER_GEGEVENS).update();
    }

    private void casus(String huishoudenId, String casusId, boolean open) {
        // a new casus starts without regisseur; reopening keeps the one it had
        jdbc.sql("""
                        UPDATE zoek_huishouden SET open_casus = :open,
                            regisseur_team = CASE WHEN casus_id IS DISTINCT FROM :casusId THEN NULL
                                                  ELSE regisseur_team END,
                            casus_id = :casusId
                        WHERE huishouden_id = :huishoudenId""")
                .param("open", open).param("casusId", casusId).param("huishoudenId", huishoudenId).update();
    }

    private void regisseurTeam(String huishoudenId, String team) {
        jdbc.sql("UPDATE zoek_huishouden SET regisseur_team = :team WHERE huishouden_id = :huishoudenId")
                .param("team", team).param("huishoudenId", huishoudenId).update();
    }

    private void label(String huishoudenId) {
        List<Huishoudlabel.Lid> leden = jdbc.sql("""
                        SELECT naam, geboortedatum FROM zoek_persoon WHERE huishouden_id = :huishoudenId""")
                .param("huishoudenId", huishoudenId)
                .query((rs, n) -> new Huishoudlabel.Lid(rs.getString("naam"),
                        rs.getObject("geboortedatum", LocalDate.class)))
                .list();
        jdbc.sql("UPDATE zoek_huishouden SET label = :label WHERE huishouden_id = :huishoudenId")
                .param("label", Huishoudlabel.van(leden)).param("huishoudenId", huishoudenId).update();
    }
}
