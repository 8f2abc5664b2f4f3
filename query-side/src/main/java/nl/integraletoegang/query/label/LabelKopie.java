package nl.integraletoegang.query.label;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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
import nl.integraletoegang.query.EenmaalPerBatch;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A read model's own copy of the household labels ({@link HuishoudenLabel}): the current members it needs for them
 * ({@code <prefix>_lid}) and per household its address and label ({@code <prefix>_label}), kept by the projection that
 * owns the tables, from the same events, so a list shows labels without reading another projection's tables and a
 * rebuild of one read model never blanks another's labels. A member who leaves or is erased is taken out, and with
 * them their name out of the label; an erased household's address likewise.
 */
public final class LabelKopie {

    private final JdbcClient jdbc;
    private final String leden;
    private final String labels;
    private final EenmaalPerBatch herberekening;

    public LabelKopie(JdbcClient jdbc, String prefix) {
        this.jdbc = jdbc;
        this.leden = prefix + "_lid";
        this.labels = prefix + "_label";
        this.herberekening = new EenmaalPerBatch(labels, this::herberekenNu);
    }

    /** The labels' table, for a list's query to join: {@code huishouden_id} and {@code label}. */
    public String tabel() {
        return labels;
    }

    public void on(LidRegistered event, long volgnummer) {
        lid(event.huishoudenId(), event.persoonId(), event.naam(), event.geboortedatum(), event.rol(), volgnummer);
    }

    public void on(LidJoined event, long volgnummer) {
        lid(event.huishoudenId(), event.persoonId(), event.naam(), event.geboortedatum(), event.rol(), volgnummer);
    }

    public void on(LidLeft event) {
        weg(event.huishoudenId(), event.persoonId());
    }

    public void on(AdresRegistered event) {
        adres(event.huishoudenId(), event.adres());
    }

    public void on(HuishoudenMoved event) {
        adres(event.huishoudenId(), event.adres());
    }

    public void on(PersoonsgegevensGewist event) {
        if (event.subjectId().equals(event.huishoudenId())) {
            adres(event.huishoudenId(), null);
        } else {
            weg(event.huishoudenId(), event.subjectId());
        }
    }

    public void reset() {
        jdbc.sql("TRUNCATE %s, %s".formatted(leden, labels)).update();
    }

    private void lid(String huishoudenId, String persoonId, String naam, LocalDate geboortedatum, LidRol rol,
                     long volgnummer) {
        // replaying a person erased since: their fields read as erased, and nothing of them belongs in a label
        if (!Gewist.PLAATSHOUDER.equals(naam)) {
            jdbc.sql("""
                            INSERT INTO %s (persoon_id, huishouden_id, naam, geboortedatum, rol, volgnummer)
                            VALUES (:persoonId, :huishoudenId, :naam, :geboortedatum, :rol, :volgnummer)
                            ON CONFLICT (persoon_id) DO NOTHING""".formatted(leden))
                    .param("persoonId", persoonId)
                    .param("huishoudenId", huishoudenId)
                    .param("naam", naam == null ? "" : naam)
                    .param("geboortedatum", geboortedatum)
                    .param("rol", rol == null ? null : rol.name())
                    .param("volgnummer", volgnummer)
                    .update();
        }
        herberekening.voor(huishoudenId);
    }

    private void weg(String huishoudenId, String persoonId) {
        if (jdbc.sql("DELETE FROM %s WHERE persoon_id = :persoonId".formatted(leden))
                .param("persoonId", persoonId).update() > 0) {
            herberekening.voor(huishoudenId);
        }
    }

    private void adres(String huishoudenId, Adres adres) {
        jdbc.sql("""
                        INSERT INTO %s (huishouden_id, label, postcode, huisnummer, huisletter, huisnummertoevoeging,
                            straat, woonplaats)
                        VALUES (:id, :label, :postcode, :huisnummer, :huisletter, :toevoeging, :straat, :woonplaats)
                        ON CONFLICT (huishouden_id) DO UPDATE SET postcode = excluded.postcode,
                            huisnummer = excluded.huisnummer, huisletter = excluded.huisletter,
                            huisnummertoevoeging = excluded.huisnummertoevoeging, straat = excluded.straat,
                            woonplaats = excluded.woonplaats""".formatted(labels))
                .param("id", huishoudenId)
                .param("label", HuishoudenLabel.ZONDER_GEGEVENS)
                .param("postcode", adres == null ? null : adres.postcode())
                .param("huisnummer", adres == null ? null : adres.huisnummer())
                .param("huisletter", adres == null ? null : adres.huisletter())
                .param("toevoeging", adres == null ? null : adres.huisnummertoevoeging())
                .param("straat", adres == null ? null : adres.straat())
                .param("woonplaats", adres == null ? null : adres.woonplaats())
                .update();
        herberekening.voor(huishoudenId);
    }

    private void herberekenNu(String huishoudenId) {
        List<HuishoudenLabel.Lid> lijst = jdbc.sql("""
                        SELECT naam, geboortedatum, rol FROM %s WHERE huishouden_id = :id
                        ORDER BY volgnummer, persoon_id""".formatted(leden))
                .param("id", huishoudenId)
                .query((rs, n) -> new HuishoudenLabel.Lid(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3) == null ? null : LidRol.valueOf(rs.getString(3))))
                .list();
        Adres adres = jdbc.sql("""
                        SELECT postcode, huisnummer, huisletter, huisnummertoevoeging, straat, woonplaats FROM %s
                        WHERE huishouden_id = :id""".formatted(labels))
                .param("id", huishoudenId)
                .query((rs, n) -> adres(rs))
                .optional().orElse(null);
        jdbc.sql("""
                        INSERT INTO %s (huishouden_id, label) VALUES (:id, :label)
                        ON CONFLICT (huishouden_id) DO UPDATE SET label = excluded.label""".formatted(labels))
                .param("id", huishoudenId).param("label", HuishoudenLabel.van(adres, lijst)).update();
    }

    private static Adres adres(ResultSet rs) throws SQLException {
        return new Adres(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }
}
