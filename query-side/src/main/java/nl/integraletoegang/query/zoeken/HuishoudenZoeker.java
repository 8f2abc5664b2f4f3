package nl.integraletoegang.query.zoeken;

import nl.integraletoegang.platform.invoer.Zoeknaam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.zoeken.FindOvereenkomsten;
import nl.integraletoegang.api.zoeken.GevondenHuishouden;
import nl.integraletoegang.api.zoeken.GevondenHuishoudens;
import nl.integraletoegang.api.zoeken.Overeenkomst;
import nl.integraletoegang.api.zoeken.ZoekHuishoudens;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.platform.invoer.GeenToegangException;
import nl.integraletoegang.platform.vrager.Vrager;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Find before you register: searching the index by BSN, by address or by name, and proposing the households that
 * match what a worker typed for a melding. Only access workers search, and any of them may find any household (that
 * is the point: the second door must find what the first registered), so the answer holds just enough to recognise a
 * household. Every search is logged before it is answered.
 */
@Component
class HuishoudenZoeker {

    /**
     * How alike a typed name must be to a part of a stored name (pg_trgm's word similarity): 0.4 lets one typo in a
     * name of six letters through, two swapped letters too ("amrnai" finds "el amrani"); the closest come first.
     */
    static final String WOORDGELIJKENIS = "0.4";
    /**
     * For a match proposal the whole name must be alike (pg_trgm's similarity), on top of the same date of birth: a
     * typo or another spelling ("Boer-Çelik", "boer celik") matches, a namesake sharing only a first name does not.
     */
    static final double NAAMGELIJKENIS = 0.5;
    private static final int MAX_VOORSTELLEN = 10;

    private final JdbcClient jdbc;
    private final BsnHash bsnHash;
    private final ZoekLog zoekLog;
    private final TransactionTemplate transactie;

    HuishoudenZoeker(JdbcClient jdbc, BsnHash bsnHash, ZoekLog zoekLog, PlatformTransactionManager transacties) {
        this.jdbc = jdbc;
        this.bsnHash = bsnHash;
        this.zoekLog = zoekLog;
        this.transactie = new TransactionTemplate(transacties);
    }

    private record Treffer(String huishoudenId, long totaal) {
    }

    @QueryHandler
    GevondenHuishoudens handle(ZoekHuishoudens query, MetaData metaData) {
        Vrager vrager = toegangsmedewerker(metaData);
        return transactie.execute(status -> {
            List<Treffer> treffers;
            ZoekLog.Soort soort;
            String termen;
            if (query.bsn() != null) {
                soort = ZoekLog.Soort.BSN;
                termen = query.bsn();
                treffers = jdbc.sql("""
                                SELECT huishouden_id, count(*) OVER () AS totaal
                                FROM (SELECT DISTINCT huishouden_id FROM zoek_persoon WHERE bsn_hash = :hash) t
                                ORDER BY huishouden_id LIMIT :size OFFSET :offset""")
                        .param("hash", bsnHash.van(query.bsn()))
                        .param("size", query.size()).param("offset", (long) query.page() * query.size())
                        .query((rs, n) -> new Treffer(rs.getString(1), rs.getLong(2))).list();
            } else if (query.postcode() != null) {
                soort = ZoekLog.Soort.ADRES;
                termen = query.postcode() + " " + query.huisnummer();
                treffers = jdbc.sql("""
                                SELECT huishouden_id, count(*) OVER () AS totaal FROM zoek_huishouden
                                WHERE postcode = :postcode AND huisnummer = :huisnummer
                                ORDER BY label, huishouden_id LIMIT :size OFFSET :offset""")
                        .param("postcode", query.postcode()).param("huisnummer", query.huisnummer())
                        .param("size", query.size()).param("offset", (long) query.page() * query.size())
                        .query((rs, n) -> new Treffer(rs.getString(1), rs.getLong(2))).list();
            } else {
                soort = ZoekLog.Soort.NAAM;
                String naam = Zoeknaam.van(query.naam());
                termen = naam + " " + query.geboortedatum();
                drempel();
                treffers = naamTreffers(naam, query);
            }
            Map<String, Set<Overeenkomst>> gevonden = new LinkedHashMap<>();
            treffers.forEach(treffer -> gevonden.put(treffer.huishoudenId(), Set.of()));
            List<GevondenHuishouden> items = huishoudens(gevonden);
            zoekLog.registreer(vrager, soort, termen, getoond(items));
            long totaal = treffers.isEmpty() ? 0 : treffers.get(0).totaal();
            return new GevondenHuishoudens(items, query.page(), query.size(), totaal);
        });
    }

    @QueryHandler
    List<GevondenHuishouden> handle(FindOvereenkomsten query, MetaData metaData) {
        Vrager vrager = toegangsmedewerker(metaData);
        return transactie.execute(status -> {
            drempel();
            Map<String, Set<Overeenkomst>> redenen = new LinkedHashMap<>();
            List<String> termen = new ArrayList<>();
            for (FindOvereenkomsten.Kenmerk lid : query.leden()) {
                if (lid.bsn() != null) {
                    termen.add(lid.bsn());
                    jdbc.sql("SELECT DISTINCT huishouden_id FROM zoek_persoon WHERE bsn_hash = :hash")
                            .param("hash", bsnHash.van(lid.bsn()))
                            .query(String.class).list()
                            .forEach(id -> reden(redenen, id, Overeenkomst.BSN));
                }
                if (lid.naam() != null && lid.geboortedatum() != null) {
                    String naam = Zoeknaam.van(lid.naam());
                    termen.add(naam + " " + lid.geboortedatum());
                    jdbc.sql("""
                                    SELECT DISTINCT huishouden_id FROM zoek_persoon
                                    WHERE geboortedatum = :geboortedatum
                                      AND similarity(naam_zoek, :naam) >= :gelijkenis""")
                            .param("geboortedatum", lid.geboortedatum()).param("naam", naam)
                            .param("gelijkenis", NAAMGELIJKENIS)
                            .query(String.class).list()
                            .forEach(id -> reden(redenen, id, Overeenkomst.NAAM_GEBOORTEDATUM));
                }
            }
            if (query.postcode() != null && query.huisnummer() != null) {
                termen.add(query.postcode() + " " + query.huisnummer());
                jdbc.sql("SELECT huishouden_id FROM zoek_huishouden WHERE postcode = :postcode "
                                + "AND huisnummer = :huisnummer")
                        .param("postcode", query.postcode()).param("huisnummer", query.huisnummer())
                        .query(String.class).list()
                        .forEach(id -> reden(redenen, id, Overeenkomst.ADRES));
            }
            Map<String, Set<Overeenkomst>> sterkste = new LinkedHashMap<>();
            redenen.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Set<Overeenkomst>>>comparingInt(
                                    entry -> entry.getValue().contains(Overeenkomst.BSN) ? 0 : 1)
                            .thenComparing(entry -> -entry.getValue().size())
                            .thenComparing(Map.Entry::getKey))
                    .limit(MAX_VOORSTELLEN)
                    .forEach(entry -> sterkste.put(entry.getKey(), entry.getValue()));
            List<GevondenHuishouden> items = huishoudens(sterkste);
            zoekLog.registreer(vrager, ZoekLog.Soort.OVEREENKOMST, String.join("\u0000", termen), getoond(items));
            return items;
        });
    }

    private static void reden(Map<String, Set<Overeenkomst>> redenen, String huishoudenId, Overeenkomst reden) {
        redenen.computeIfAbsent(huishoudenId, id -> EnumSet.noneOf(Overeenkomst.class)).add(reden);
    }

    private static Vrager toegangsmedewerker(MetaData metaData) {
        Vrager vrager = Vrager.uit(metaData)
                .orElseThrow(() -> new GeenToegangException("Zoeken kan alleen als ingelogde medewerker."));
        if (vrager.medewerker().rol() != Rol.TOEGANGSMEDEWERKER) {
            throw new GeenToegangException("Huishoudens zoeken is voor toegangsmedewerkers.");
        }
        return vrager;
    }

    /**
     * Search by name, word by word: each typed word stands for the known name words that start with it or are alike
     * (a small table with a trigram index); a person is a hit when their name holds such a word for every typed word
     * (the array index), and hits are ordered by how alike the whole name is, typed prefixes first.
     */
    private List<Treffer> naamTreffers(String naam, ZoekHuishoudens query) {
        String[] getypt = naam.split(" ");
        StringBuilder voorwaarden = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < getypt.length; i++) {
            List<String> bekend = jdbc.sql("""
                            SELECT woord FROM zoek_naamwoord WHERE woord LIKE :prefix OR :woord <% woord""")
                    .param("prefix", getypt[i] + "%") // Zoeknaam leaves only letters, digits and spaces
                    .param("woord", getypt[i])
                    .query(String.class).list();
            if (bekend.isEmpty()) {
                return List.of();
            }
            voorwaarden.append(" AND naam_woorden && CAST(:woorden").append(i).append(" AS text[])");
            parameters.put("woorden" + i, bekend.toArray(String[]::new));
        }
        return jdbc.sql("""
                        SELECT huishouden_id, count(*) OVER () AS totaal FROM (
                            SELECT huishouden_id,
                                max(CASE WHEN naam_zoek LIKE :prefix OR naam_zoek LIKE :woordprefix THEN 1
                                         ELSE 0 END + word_similarity(:naam, naam_zoek)) AS score
                            FROM zoek_persoon
                            WHERE (CAST(:geboortedatum AS date) IS NULL
                                   OR geboortedatum = CAST(:geboortedatum AS date))%s
                            GROUP BY huishouden_id) t
                        ORDER BY score DESC, huishouden_id LIMIT :size OFFSET :offset""".formatted(voorwaarden))
                .params(parameters)
                .param("naam", naam).param("prefix", naam + "%").param("woordprefix", "% " + naam + "%")
                .param("geboortedatum", query.geboortedatum())
                .param("size", query.size()).param("offset", (long) query.page() * query.size())
                .query((rs, n) -> new Treffer(rs.getString(1), rs.getLong(2))).list();
    }

    /** The word-similarity threshold for this transaction only (pg_trgm's {@code <%} operator reads it). */
    private void drempel() {
        jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', :drempel, true)")
                .param("drempel", WOORDGELIJKENIS).query(String.class).single();
    }

    private record Rij(String label, boolean openCasus, String regisseurTeam) {
    }

    /** The households in the given order, each with its members (oldest first) and the reasons it matched. */
    private List<GevondenHuishouden> huishoudens(Map<String, Set<Overeenkomst>> gevonden) {
        if (gevonden.isEmpty()) {
            return List.of();
        }
        Map<String, Rij> rijen = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT huishouden_id, label, open_casus, regisseur_team FROM zoek_huishouden
                        WHERE huishouden_id IN (:ids)""")
                .param("ids", gevonden.keySet())
                .query((rs, n) -> rijen.put(rs.getString(1),
                        new Rij(rs.getString(2), rs.getBoolean(3), rs.getString(4))))
                .list();
        Map<String, List<GevondenHuishouden.Lid>> leden = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT huishouden_id, initialen, geboortejaar FROM zoek_persoon WHERE huishouden_id IN (:ids)
                        ORDER BY geboortedatum NULLS LAST, persoon_id""")
                .param("ids", gevonden.keySet())
                .query((rs, n) -> leden.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new GevondenHuishouden.Lid(rs.getString(2), (Integer) rs.getObject(3))))
                .list();
        List<GevondenHuishouden> items = new ArrayList<>();
        gevonden.forEach((id, redenen) -> {
            Rij rij = rijen.get(id);
            if (rij != null) {
                items.add(new GevondenHuishouden(id, rij.label(), leden.getOrDefault(id, List.of()),
                        rij.openCasus(), rij.openCasus() ? rij.regisseurTeam() : null, redenen));
            }
        });
        return items;
    }

    private static List<ZoekLog.Getoond> getoond(List<GevondenHuishouden> items) {
        return items.stream().map(item -> new ZoekLog.Getoond(item.huishoudenId(), null)).toList();
    }
}
