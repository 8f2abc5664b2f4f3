package nl.integraletoegang.query.zoeken;

import nl.integraletoegang.platform.invoer.Zoeknaam;

import java.time.LocalDate;
import java.util.List;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.CasusregisseurAppointed;
import nl.integraletoegang.api.casus.CasusregisseurChanged;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.AdresRegistered;
import nl.integraletoegang.api.huishouden.HuishoudenLabel;
import nl.integraletoegang.api.huishouden.HuishoudenMoved;
import nl.integraletoegang.api.huishouden.LidJoined;
import nl.integraletoegang.api.huishouden.LidLeft;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.privacy.Gewist;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import nl.integraletoegang.api.samenvoeging.HuishoudenMergedInto;
import nl.integraletoegang.query.EenmaalPerBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search index: who belongs to which household now, findable by BSN (as a keyed hash), by name and by address,
 * and per household its label, whether it has an open casus and its regisseur's team. Its own processing group, so a
 * rebuild of another read model never empties the search. Every handler is an idempotent upsert, update or delete; a
 * household's events arrive in order. A member who leaves, or is erased, is taken out of the index (and out of the
 * label); an erased household's address likewise.
 */
@Component
@ProcessingGroup(ZoekindexProjection.PROCESSING_GROUP)
class ZoekindexProjection {

    static final String PROCESSING_GROUP = "zoekindex";

    private final JdbcClient jdbc;
    private final BsnHash bsnHash;
    private final EenmaalPerBatch labels = new EenmaalPerBatch("zoek_huishouden.label", this::labelNu);

    ZoekindexProjection(JdbcClient jdbc, BsnHash bsnHash) {
        this.jdbc = jdbc;
        this.bsnHash = bsnHash;
    }

    @EventHandler
    void on(LidRegistered event, @SequenceNumber long volgnummer) {
        lid(event.huishoudenId(), event.persoonId(), event.naam(), event.geboortedatum(), event.bsn(), event.rol(),
                volgnummer);
    }

    @EventHandler
    void on(LidJoined event, @SequenceNumber long volgnummer) {
        lid(event.huishoudenId(), event.persoonId(), event.naam(), event.geboortedatum(), event.bsn(), event.rol(),
                volgnummer);
    }

    /** Who left is no longer found in this household, not even by their BSN. */
    @EventHandler
    void on(LidLeft event) {
        weg(event.huishoudenId(), event.persoonId());
    }

    @EventHandler
    void on(AdresRegistered event) {
        adres(event.huishoudenId(), event.adres());
    }

    @EventHandler
    void on(HuishoudenMoved event) {
        adres(event.huishoudenId(), event.adres());
    }

    @EventHandler
    void on(PersoonsgegevensGewist event) {
        if (event.subjectId().equals(event.huishoudenId())) {
            adres(event.huishoudenId(), null);
        } else {
            weg(event.huishoudenId(), event.subjectId());
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

    /** The members of a household merged into another are found in that one; the merged household no longer. */
    @EventHandler
    void on(HuishoudenMergedInto event) {
        jdbc.sql("UPDATE zoek_persoon SET huishouden_id = :doel WHERE huishouden_id = :bron")
                .param("doel", event.doelHuishoudenId()).param("bron", event.huishoudenId()).update();
        jdbc.sql("DELETE FROM zoek_huishouden WHERE huishouden_id = :bron").param("bron", event.huishoudenId())
                .update();
        labels.voor(event.doelHuishoudenId());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE zoek_persoon, zoek_huishouden, zoek_naamwoord").update();
    }

    private void lid(String huishoudenId, String persoonId, String naam, LocalDate geboortedatum, String bsn,
                     LidRol rol, long volgnummer) {
        huishouden(huishoudenId);
        // replaying a person erased since: their fields read as erased, and nothing of them belongs in the index
        if (!Gewist.PLAATSHOUDER.equals(naam)) {
            String getypt = naam == null ? "" : naam;
            jdbc.sql("""
                            INSERT INTO zoek_persoon (persoon_id, huishouden_id, bsn_hash, naam, naam_zoek,
                                naam_woorden, geboortedatum, initialen, geboortejaar, rol, volgnummer)
                            VALUES (:persoonId, :huishoudenId, :bsnHash, :naam, :naamZoek, :woorden, :geboortedatum,
                                :initialen, :geboortejaar, :rol, :volgnummer)
                            ON CONFLICT (persoon_id) DO NOTHING""")
                    .param("persoonId", persoonId)
                    .param("huishoudenId", huishoudenId)
                    .param("bsnHash", bsn == null || bsn.equals(Gewist.PLAATSHOUDER) ? null : bsnHash.van(bsn))
                    .param("naam", getypt)
                    .param("naamZoek", Zoeknaam.van(getypt))
                    .param("woorden", Zoeknaam.woorden(getypt))
                    .param("geboortedatum", geboortedatum)
                    .param("initialen", Zoeknaam.initialen(getypt))
                    .param("geboortejaar", geboortedatum == null ? null : geboortedatum.getYear())
                    .param("rol", rol == null ? null : rol.name())
                    .param("volgnummer", volgnummer)
                    .update();
            // a word already known is touched, not skipped: its row stays locked until this batch commits, so the
            // removal of words nobody has any more (weg) cannot take it away from this person meanwhile
            jdbc.sql("""
                            INSERT INTO zoek_naamwoord (woord) SELECT DISTINCT unnest(CAST(:woorden AS text[]))
                            ON CONFLICT (woord) DO UPDATE SET woord = EXCLUDED.woord""")
                    .param("woorden", Zoeknaam.woorden(getypt))
                    .update();
        }
        labels.voor(huishoudenId);
    }

    private void weg(String huishoudenId, String persoonId) {
        List<String[]> woorden = jdbc.sql("DELETE FROM zoek_persoon WHERE persoon_id = :persoonId RETURNING naam_woorden")
                .param("persoonId", persoonId)
                .query((rs, n) -> (String[]) rs.getArray(1).getArray())
                .list();
        if (!woorden.isEmpty()) {
            // an erased or departed person's name parts leave the word list unless someone else still has them
            jdbc.sql("""
                            DELETE FROM zoek_naamwoord w WHERE w.woord = ANY(CAST(:woorden AS text[]))
                            AND NOT EXISTS (SELECT 1 FROM zoek_persoon p WHERE p.naam_woorden @> ARRAY[w.woord])""")
                    .param("woorden", woorden.get(0))
                    .update();
            labels.voor(huishoudenId);
        }
    }

    private void adres(String huishoudenId, Adres adres) {
        huishouden(huishoudenId);
        jdbc.sql("""
                        UPDATE zoek_huishouden SET postcode = :postcode, huisnummer = :huisnummer,
                            huisletter = :huisletter, huisnummertoevoeging = :toevoeging, straat = :straat,
                            woonplaats = :woonplaats
                        WHERE huishouden_id = :huishoudenId""")
                .param("postcode", adres == null ? null : adres.postcode())
                .param("huisnummer", adres == null ? null : adres.huisnummer())
                .param("huisletter", adres == null ? null : adres.huisletter())
                .param("toevoeging", adres == null ? null : adres.huisnummertoevoeging())
                .param("straat", adres == null ? null : adres.straat())
                .param("woonplaats", adres == null ? null : adres.woonplaats())
                .param("huishoudenId", huishoudenId)
                .update();
        labels.voor(huishoudenId);
    }

    private void huishouden(String huishoudenId) {
        jdbc.sql("""
                        INSERT INTO zoek_huishouden (huishouden_id, label) VALUES (:huishoudenId, :label)
                        ON CONFLICT (huishouden_id) DO NOTHING""")
                .param("huishoudenId", huishoudenId).param("label", HuishoudenLabel.ZONDER_GEGEVENS).update();
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

    private void labelNu(String huishoudenId) {
        List<HuishoudenLabel.Lid> leden = jdbc.sql("""
                        SELECT naam, geboortedatum, rol FROM zoek_persoon WHERE huishouden_id = :huishoudenId
                        ORDER BY volgnummer, persoon_id""")
                .param("huishoudenId", huishoudenId)
                .query((rs, n) -> new HuishoudenLabel.Lid(rs.getString("naam"),
                        rs.getObject("geboortedatum", LocalDate.class),
                        rs.getString("rol") == null ? null : LidRol.valueOf(rs.getString("rol"))))
                .list();
        Adres adres = jdbc.sql("""
                        SELECT postcode, huisnummer, huisletter, huisnummertoevoeging, straat, woonplaats
                        FROM zoek_huishouden WHERE huishouden_id = :huishoudenId""")
                .param("huishoudenId", huishoudenId)
                .query((rs, n) -> new Adres(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .optional().orElse(null);
        jdbc.sql("UPDATE zoek_huishouden SET label = :label WHERE huishouden_id = :huishoudenId")
                .param("label", HuishoudenLabel.van(adres, leden)).param("huishoudenId", huishoudenId).update();
    }
}
