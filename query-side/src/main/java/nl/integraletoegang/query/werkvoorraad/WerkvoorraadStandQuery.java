package nl.integraletoegang.query.werkvoorraad;

import nl.integraletoegang.api.termijn.TermijnStatus;
import nl.integraletoegang.api.werkvoorraad.VolgWerkvoorraad;
import nl.integraletoegang.api.werkvoorraad.WerkvoorraadStand;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first answer of a team's live work list: how many items each list holds now. The changes that follow are
 * emitted by the projections that own the lists.
 */
@Component
class WerkvoorraadStandQuery {

    private final JdbcClient jdbc;

    WerkvoorraadStandQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    WerkvoorraadStand handle(VolgWerkvoorraad query) {
        return jdbc.sql("""
                        SELECT
                          (SELECT count(*) FROM werkvoorraad_hulpvraag h
                             JOIN werkvoorraad_casus c ON c.casus_id = h.casus_id
                             WHERE h.team = :team AND c.open AND NOT c.getrieerd) AS te_triageren,
                          (SELECT count(*) FROM werkvoorraad_casus
                             WHERE regisseur_team = :team AND open) AS open_casussen,
                          (SELECT count(*) FILTER (WHERE t.status = :lopend) FROM werkvoorraad_termijn t
                             JOIN werkvoorraad_hulpvraag h ON h.hulpvraag_id = t.hulpvraag_id
                             JOIN werkvoorraad_casus c ON c.casus_id = t.casus_id
                             WHERE h.team = :team AND c.open) AS lopende_termijnen,
                          (SELECT count(*) FILTER (WHERE t.status = :verlopen) FROM werkvoorraad_termijn t
                             JOIN werkvoorraad_hulpvraag h ON h.hulpvraag_id = t.hulpvraag_id
                             JOIN werkvoorraad_casus c ON c.casus_id = t.casus_id
                             WHERE h.team = :team AND c.open) AS verlopen_termijnen""")
                .param("team", query.team())
                .param("lopend", TermijnStatus.LOPEND.name())
                .param("verlopen", TermijnStatus.VERLOPEN.name())
                .query((rs, row) -> new WerkvoorraadStand(query.team(), rs.getLong("te_triageren"),
                        rs.getLong("open_casussen"), rs.getLong("lopende_termijnen"), rs.getLong("verlopen_termijnen")))
                .single();
    }
}
