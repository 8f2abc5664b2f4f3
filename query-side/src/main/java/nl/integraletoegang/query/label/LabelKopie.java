package nl.integraletoegang.query.label;

import java.time.LocalDate;
import java.util.List;
import nl.integraletoegang.api.casus.LidRegistered;
import nl.integraletoegang.api.privacy.Gewist;
import nl.integraletoegang.api.privacy.PersoonsgegevensGewist;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A read model's own copy of the household labels: the members it needs for them ({@code <prefix>_lid}) and the
 * label per household ({@code <prefix>_label}), kept by the projection that owns the tables, from the same events, so
 * a list shows labels without reading another projection's tables and a rebuild of one read model never blanks
 * another's labels. Erasure takes the member out, and with them their name out of the label.
 */
public final class LabelKopie {

    private final JdbcClient jdbc;
    private final String leden;
    private final String labels;

    public LabelKopie(JdbcClient jdbc, String prefix) {
        this.jdbc = jdbc;
        this.leden = prefix + "_lid";
        this.labels = prefix + "_label";
    }

    /** The labels' table, for a list's query to join: {@code huishouden_id} and {@code label}. */
    public String tabel() {
        return labels;
    }

    public void on(LidRegistered event) {
        if (!Gewist.PLAATSHOUDER.equals(event.naam())) {
            jdbc.sql("""
                            INSERT INTO %s (persoon_id, huishouden_id, naam, geboortedatum)
                            VALUES (:persoonId, :huishoudenId, :naam, :geboortedatum)
                            ON CONFLICT (persoon_id) DO NOTHING""".formatted(leden))
                    .param("persoonId", event.persoonId())
                    .param("huishoudenId", event.huishoudenId())
                    .param("naam", event.naam() == null ? "" : event.naam())
                    .param("geboortedatum", event.geboortedatum())
                    .update();
        }
        herbereken(event.huishoudenId());
    }

    public void on(PersoonsgegevensGewist event) {
        if (jdbc.sql("DELETE FROM %s WHERE persoon_id = :persoonId".formatted(leden))
                .param("persoonId", event.subjectId()).update() > 0) {
            herbereken(event.huishoudenId());
        }
    }

    public void reset() {
        jdbc.sql("TRUNCATE %s, %s".formatted(leden, labels)).update();
    }

    private void herbereken(String huishoudenId) {
        List<Huishoudlabel.Lid> lijst = jdbc.sql("SELECT naam, geboortedatum FROM %s WHERE huishouden_id = :id"
                        .formatted(leden))
                .param("id", huishoudenId)
                .query((rs, n) -> new Huishoudlabel.Lid(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .list();
        jdbc.sql("""
                        INSERT INTO %s (huishouden_id, label) VALUES (:id, :label)
                        ON CONFLICT (huishouden_id) DO UPDATE SET label = excluded.label""".formatted(labels))
                .param("id", huishoudenId).param("label", Huishoudlabel.van(lijst)).update();
    }
}
