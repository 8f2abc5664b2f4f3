package nl.integraletoegang.query.inzage;

import java.util.Optional;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.security.Toegang;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Need to know per household (DESIGN §4), decided on a read model of its own ({@link HuishoudenToegangProjection}, so
 * rebuilding the overview or the escalation queue never locks anyone out): an access worker of a team with a hulpvraag
 * in one of the household's casussen, of the casusregisseur's team, or the casusregisseur themself; a procesregisseur
 * or the doorbraakteam while an escalation of the household waits at a level whose queue they see (the doorbraakteam's
 * includes the AVE levels) or is taken up by them; an auditor always. Managers and beheerders never.
 */
@Component
public class HuishoudenToegang {

    private final JdbcClient jdbc;

    HuishoudenToegang(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean magInzien(Medewerker medewerker, String huishoudenId) {
        return switch (medewerker.rol()) {
            case AUDITOR -> true;
            case TOEGANGSMEDEWERKER -> werktAan(medewerker, huishoudenId);
            case PROCESREGISSEUR, DOORBRAAKTEAM -> escalatieBij(medewerker, huishoudenId);
            case MANAGER, BEHEERDER -> false;
        };
    }

    /** The household a casus belongs to. */
    public Optional<String> huishoudenVanCasus(String casusId) {
        return jdbc.sql("SELECT huishouden_id FROM toegang_casus WHERE casus_id = :casus")
                .param("casus", casusId).query(String.class).optional();
    }

    private boolean werktAan(Medewerker medewerker, String huishoudenId) {
        return jdbc.sql("""
                        SELECT EXISTS (
                            SELECT 1 FROM toegang_casus c
                            -- a merged household is known to those who work on the one it continues in; one list
                            -- of ids rather than "= :huishouden OR IN (...)", which PostgreSQL answers with a scan
                            -- of every casus (31 ms at 100,000 households, docs/benchmarks.md)
                            WHERE c.huishouden_id IN (SELECT CAST(:huishouden AS VARCHAR)
                                                      UNION ALL
                                                      SELECT doel_huishouden_id FROM toegang_samenvoeging
                                                      WHERE bron_huishouden_id = :huishouden)
                              AND (c.regisseur_gebruikersnaam = :gebruiker
                                   OR c.regisseur_team = :team
                                   OR EXISTS (SELECT 1 FROM toegang_hulpvraag h
                                              WHERE h.casus_id = c.casus_id AND h.team = :team)))""")
                .param("huishouden", huishoudenId)
                .param("gebruiker", medewerker.gebruikersnaam())
                .param("team", medewerker.team() == null ? "" : medewerker.team())
                .query(Boolean.class).single();
    }

    private boolean escalatieBij(Medewerker medewerker, String huishoudenId) {
        return jdbc.sql("""
                        SELECT EXISTS (
                            SELECT 1 FROM toegang_escalatie
                            WHERE huishouden_id = :huishouden AND NOT teruggegeven
                              AND (niveau IN (:niveaus) OR opgepakt_door = :gebruiker))""")
                .param("huishouden", huishoudenId)
                // the levels whose queue they see: the doorbraakteam also carries the AVE levels above it
                .param("niveaus", Toegang.zichtbareNiveaus(medewerker).stream().map(Enum::name).toList())
                .param("gebruiker", medewerker.gebruikersnaam())
                .query(Boolean.class).single();
    }
}
