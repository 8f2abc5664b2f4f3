package nl.integraletoegang.query.historie;

import java.time.Instant;
import java.util.List;
import nl.integraletoegang.api.historie.CasusHistorie;
import nl.integraletoegang.api.historie.FindCasusHistorie;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.invoer.NotFoundException;
import nl.integraletoegang.query.inzage.HuishoudenToegang;
import nl.integraletoegang.query.inzage.InzageLog;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading the history of a casus the way the API and the web UI both must: need to know first (an unknown casus and
 * one outside the user's need to know get the same answer), and an entry in the access log before anything is
 * returned.
 */
@Component
public class CasusHistorieInzage {

    /** A casus of a household as the history knows it: when its first and its latest event happened. */
    public record CasusVanHuishouden(String casusId, Instant eersteGebeurtenis, Instant laatsteGebeurtenis,
                                     long gebeurtenissen) {
    }

    private final QueryGateway queryGateway;
    private final HuishoudenToegang toegang;
    private final InzageLog inzageLog;
    private final JdbcClient jdbc;

    CasusHistorieInzage(QueryGateway queryGateway, HuishoudenToegang toegang, InzageLog inzageLog, JdbcClient jdbc) {
        this.queryGateway = queryGateway;
        this.toegang = toegang;
        this.inzageLog = inzageLog;
        this.jdbc = jdbc;
    }

    public CasusHistorie inzien(Medewerker medewerker, FindCasusHistorie query) {
        String huishoudenId = toegang.huishoudenVanCasus(query.casusId())
                .filter(huishouden -> toegang.magInzien(medewerker, huishouden))
                .orElseThrow(() -> onbekend(query.casusId()));
        CasusHistorie historie = queryGateway.query(query, ResponseTypes.optionalInstanceOf(CasusHistorie.class))
                .join().orElseThrow(() -> onbekend(query.casusId()));
        inzageLog.registreer(medewerker, huishoudenId, query.casusId());
        return historie;
    }

    /**
     * The casussen of a household, newest first, for a user who may see the household; the look-up is logged like
     * any view of the household, even though it shows no more than ids and moments.
     */
    public List<CasusVanHuishouden> casussenVanHuishouden(Medewerker medewerker, String huishoudenId) {
        if (!toegang.magInzien(medewerker, huishoudenId)) {
            return List.of();
        }
        List<CasusVanHuishouden> casussen = jdbc.sql("""
                        SELECT casus_id, min(tijdstip) AS eerste, max(tijdstip) AS laatste, count(*) AS aantal
                        FROM casus_historie WHERE huishouden_id = :huishouden
                        GROUP BY casus_id ORDER BY eerste DESC""")
                .param("huishouden", huishoudenId)
                .query((rs, rij) -> new CasusVanHuishouden(rs.getString("casus_id"),
                        rs.getTimestamp("eerste").toInstant(), rs.getTimestamp("laatste").toInstant(),
                        rs.getLong("aantal")))
                .list();
        if (!casussen.isEmpty()) {
            inzageLog.registreer(medewerker, huishoudenId, null);
        }
        return casussen;
    }

    public static NotFoundException onbekend(String casusId) {
        return new NotFoundException("Er is geen casus met dit id.");
    }
}
