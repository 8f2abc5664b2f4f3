package nl.integraletoegang.query.zoeken;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import nl.integraletoegang.query.inzage.InzageLog;
import nl.integraletoegang.platform.vrager.Vrager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes every search to the access log before its answer leaves the service: one entry in {@code zoek_log} for the
 * search (who, when, how, which households were shown, the terms only as a keyed hash) and one in the access log for
 * each household shown, so an auditor asking about a household also sees who found it.
 */
@Component
class ZoekLog {

    enum Soort { BSN, ADRES, NAAM, OVEREENKOMST }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BsnHash hash;
    private final InzageLog inzageLog;

    ZoekLog(JdbcClient jdbc, Clock clock, BsnHash hash, InzageLog inzageLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.hash = hash;
        this.inzageLog = inzageLog;
    }

    record Getoond(String huishoudenId, String casusId) {
    }

    void registreer(Vrager vrager, Soort soort, String termen, List<Getoond> getoond) {
        jdbc.sql("""
                        INSERT INTO zoek_log (tijdstip, gebruiker, rol, team, soort, zoekterm_hash, huishoudens,
                            endpoint, correlatie_id)
                        VALUES (:tijdstip, :gebruiker, :rol, :team, :soort, :hash, :huishoudens, :endpoint,
                            :correlatie)""")
                .param("tijdstip", Timestamp.from(clock.instant()))
                .param("gebruiker", vrager.medewerker().gebruikersnaam())
                .param("rol", vrager.medewerker().rol().name())
                .param("team", vrager.medewerker().team())
                .param("soort", soort.name())
                .param("hash", hash.van(soort.name() + "\u0000" + termen))
                .param("huishoudens", getoond.stream().map(Getoond::huishoudenId).toArray(String[]::new))
                .param("endpoint", vrager.endpoint())
                .param("correlatie", vrager.correlatieId())
                .update();
        getoond.forEach(huishouden -> inzageLog.registreer(vrager, huishouden.huishoudenId(), huishouden.casusId()));
    }

}
