package nl.integraletoegang.query.historie;

import java.util.List;
import java.util.Optional;
import nl.integraletoegang.api.historie.CasusHistorie;
import nl.integraletoegang.api.historie.CasussenVanHuishouden;
import nl.integraletoegang.api.historie.FindCasusHistorie;
import nl.integraletoegang.api.historie.FindCasussenVanHuishouden;
import nl.integraletoegang.api.historie.FindHuishoudenVanCasus;
import nl.integraletoegang.platform.invoer.NotFoundException;
import nl.integraletoegang.platform.vrager.Vrager;
import nl.integraletoegang.query.inzage.HuishoudenToegang;
import nl.integraletoegang.query.inzage.InzageLog;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading the history of a casus, for every client of the query bus (the API, the web UI): need to know first (an
 * unknown casus, one outside the asker's need to know and a query without an asker get the same answer), and an
 * entry in the access log before anything is returned.
 */
@Component
public class CasusHistorieInzage {

    private final QueryGateway queryGateway;
    private final CasusHistorieProjection projectie;
    private final HuishoudenToegang toegang;
    private final InzageLog inzageLog;
    private final JdbcClient jdbc;

    CasusHistorieInzage(QueryGateway queryGateway, CasusHistorieProjection projectie, HuishoudenToegang toegang,
                        InzageLog inzageLog, JdbcClient jdbc) {
        this.queryGateway = queryGateway;
        this.projectie = projectie;
        this.toegang = toegang;
        this.inzageLog = inzageLog;
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<CasusHistorie> handle(FindCasusHistorie query, MetaData metaData) {
        Optional<Vrager> vrager = Vrager.uit(metaData);
        Optional<String> huishoudenId = vrager.flatMap(wie -> toegang.huishoudenVanCasus(query.casusId())
                .filter(huishouden -> toegang.magInzien(wie.medewerker(), huishouden)));
        if (huishoudenId.isEmpty()) {
            return Optional.empty();
        }
        Optional<CasusHistorie> historie = projectie.handle(query);
        historie.ifPresent(gelezen -> inzageLog.registreer(vrager.get(), huishoudenId.get(), query.casusId()));
        return historie;
    }

    /**
     * The casussen of a household, newest first, for an asker who may see the household; the look-up is logged like
     * any view of the household, even though it shows no more than ids and moments.
     */
    @QueryHandler
    CasussenVanHuishouden handle(FindCasussenVanHuishouden query, MetaData metaData) {
        Optional<Vrager> vrager = Vrager.uit(metaData)
                .filter(wie -> toegang.magInzien(wie.medewerker(), query.huishoudenId()));
        if (vrager.isEmpty()) {
            return new CasussenVanHuishouden(List.of());
        }
        List<CasussenVanHuishouden.Casus> casussen = jdbc.sql("""
                        SELECT casus_id, min(tijdstip) AS eerste, max(tijdstip) AS laatste, count(*) AS aantal
                        FROM casus_historie WHERE huishouden_id = :huishouden
                        GROUP BY casus_id ORDER BY eerste DESC""")
                .param("huishouden", query.huishoudenId())
                .query((rs, rij) -> new CasussenVanHuishouden.Casus(rs.getString("casus_id"),
                        rs.getTimestamp("eerste").toInstant(), rs.getTimestamp("laatste").toInstant(),
                        rs.getLong("aantal")))
                .list();
        if (!casussen.isEmpty()) {
            inzageLog.registreer(vrager.get(), query.huishoudenId(), null);
        }
        return new CasussenVanHuishouden(casussen);
    }

    @QueryHandler
    Optional<String> handle(FindHuishoudenVanCasus query, MetaData metaData) {
        return Vrager.uit(metaData).flatMap(vrager -> toegang.huishoudenVanCasus(query.casusId())
                .filter(huishouden -> toegang.magInzien(vrager.medewerker(), huishouden)));
    }

    /** The read API's way in: through the query bus, so it gets exactly what every other client gets. */
    public CasusHistorie inzien(FindCasusHistorie query) {
        return queryGateway.query(query, ResponseTypes.optionalInstanceOf(CasusHistorie.class))
                .join().orElseThrow(() -> onbekend(query.casusId()));
    }

    /**
     * The whole history of a casus without a check or an entry of its own: for the dossier export, which checked
     * need to know and logged the export itself.
     */
    public Optional<CasusHistorie> voorDossier(FindCasusHistorie query) {
        return projectie.handle(query);
    }

    public static NotFoundException onbekend(String casusId) {
        return new NotFoundException("Er is geen casus met dit id.");
    }
}
