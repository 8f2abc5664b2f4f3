package nl.integraletoegang.query.huishouden;

import nl.integraletoegang.api.huishouden.HuishoudenLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Recomputes a household's label in its overview, for projections elsewhere that move members (a merge). */
@Component
public class HuishoudenLabels {

    private final JdbcClient jdbc;
    private final HuishoudenOverzichtReader reader;

    HuishoudenLabels(JdbcClient jdbc, HuishoudenOverzichtReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    public void herbereken(String huishoudenId) {
        String label = HuishoudenLabel.van(reader.adres(huishoudenId).orElse(null), reader.labelLeden(huishoudenId));
        jdbc.sql("""
                        INSERT INTO huishouden_overzicht (huishouden_id, label) VALUES (:huishoudenId, :label)
                        ON CONFLICT (huishouden_id) DO UPDATE SET label = EXCLUDED.label""")
                .param("huishoudenId", huishoudenId).param("label", label).update();
    }
}
