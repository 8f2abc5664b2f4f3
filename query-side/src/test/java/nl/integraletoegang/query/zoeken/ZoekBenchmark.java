package nl.integraletoegang.query.zoeken;

import nl.integraletoegang.platform.invoer.Zoeknaam;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.HuishoudenLabel;
import nl.integraletoegang.api.huishouden.LidJoined;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.zoeken.GevondenHuishoudens;
import nl.integraletoegang.api.zoeken.ZoekHuishoudens;
import nl.integraletoegang.platform.persistence.SchemaMigrations;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.query.inzage.InzageLog;
import nl.integraletoegang.platform.vrager.Vrager;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search benchmark (profile {@code search-benchmark}): N generated households (seeded, 1 to 3 members each with
 * a valid BSN, a Dutch-looking name and a date of birth, and an address) go into the search index as the rows the
 * projection writes for their events (its own normalisation, BSN hash and HuishoudenLabel), in batched inserts of
 * 1,000 households per transaction; event-by-event loading was too slow on a shared 2-core machine. Then p50/p99
 * of the query handler itself (with the access-log writes every search makes) by name with a typo, by BSN and by
 * postcode + huisnummer, next to a primary-key lookup of one household (its row and members) in the same run, on a
 * durable PostgreSQL (fsync on).
 */
public final class ZoekBenchmark {

    private static final String[] ACHTERNAMEN = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
        "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
        "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden",
        "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn",
        "de Bruin", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra",
        "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Lange",
        "Kuipers", "van Wijk", "Postma", "Kuiper", "Veenstra", "Kramer", "van den Brink", "Scholten", "van Wijngaarden",
        "Martens", "Vink", "de Ruiter", "Boer", "El Amrani", "El-Idrissi", "Yılmaz", "Kaya", "Öztürk", "Demir",
        "Şahin", "Çelik", "Müller", "Nguyễn", "Kowalski", "Nowak", "Oualid", "Bouzid", "Benali", "Haddou",
        "Ramdin", "Sewnath", "Autar", "Mohan", "Tjon A Fong", "Zwaluw", "Groenewegen", "Ruiter", "Timmermans"};
    private static final String[] VOORNAMEN = {"Anna", "Emma", "Sophie", "Julia", "Fleur", "Noor", "Sanne", "Lotte",
        "Eva", "Sara", "Fatima", "Aïcha", "Zeynep", "Elif", "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Noah",
        "Mohamed", "Youssef", "Karim", "Mehmet", "Jan", "Piet", "Kees", "Henk", "Gerrit", "Wim", "Joost", "Mirjam",
        "Els", "Ria", "Ingrid", "Marieke", "José", "Renée", "Zoë", "Chloé", "Thijs", "Bram", "Ruben", "Jesse"};

    private ZoekBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int huishoudens = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int metingen = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path root = Path.of("target", "embedded-pg");
        Files.createDirectories(root.resolve("bin"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(root.resolve("zoekbenchmark")).setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(root.resolve("bin").toFile())
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .start();
             HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            dataSource.setUsername("postgres");
            dataSource.setMaximumPoolSize(4);
            SchemaMigrations.forOwner(dataSource, "query").afterPropertiesSet();
            DataSourceTransactionManager transacties = new DataSourceTransactionManager(dataSource);
            TransactionTemplate transactie = new TransactionTemplate(transacties);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            BsnHash bsnHash = new BsnHash("benchmark-sleutel-van-zestien-tekens");
            ZoekindexProjection projectie = new ZoekindexProjection(jdbc, bsnHash);
            InzageLog inzageLog = new InzageLog(jdbc, Clock.systemUTC());
            HuishoudenZoeker zoeker = new HuishoudenZoeker(jdbc, bsnHash,
                    new ZoekLog(jdbc, Clock.systemUTC(), bsnHash, inzageLog), transacties);

            Random random = new Random(20261201L);
            List<String[]> personen = new ArrayList<>();
            List<String[]> adressen = new ArrayList<>();
            long start = System.nanoTime();
            int[] bsnTeller = {100_000_00};
            JdbcTemplate batch = new JdbcTemplate(dataSource);
            for (int blok = 0; blok < huishoudens; blok += 1_000) {
                List<Object[]> huishoudRijen = new ArrayList<>();
                List<Object[]> persoonRijen = new ArrayList<>();
                for (int h = blok; h < Math.min(blok + 1_000, huishoudens); h++) {
                    String achternaam = ACHTERNAMEN[random.nextInt(ACHTERNAMEN.length)];
                    int aantal = 1 + random.nextInt(3);
                    List<HuishoudenLabel.Lid> leden = new ArrayList<>();
                    for (int l = 0; l < aantal; l++) {
                        String naam = VOORNAMEN[random.nextInt(VOORNAMEN.length)] + " " + achternaam;
                        String bsn = volgendBsn(bsnTeller);
                        LocalDate geboren = LocalDate.of(1930 + random.nextInt(90), 1 + random.nextInt(12),
                                1 + random.nextInt(28));
                        LidRol rol = l == 0 ? LidRol.OUDER : LidRol.KIND;
                        leden.add(new HuishoudenLabel.Lid(naam, geboren, rol));
                        // the projection's own row for a LidRegistered: hashed BSN, normalised name, initials
                        persoonRijen.add(new Object[] {"p-" + h + "-" + l, "hh-" + h, bsnHash.van(bsn), naam,
                                Zoeknaam.van(naam), Zoeknaam.woorden(naam), geboren, Zoeknaam.initialen(naam),
                                geboren.getYear(), rol.name(), l + 1L});
                        personen.add(new String[] {achternaam, bsn, naam.substring(0, naam.indexOf(' '))});
                    }
                    Adres adres = new Adres((1000 + random.nextInt(9000)) + "" + (char) ('A' + random.nextInt(26))
                            + (char) ('A' + random.nextInt(26)), 1 + random.nextInt(200), null, null, "Kerkstraat",
                            "Deventer");
                    adressen.add(new String[] {adres.postcode(), adres.huisnummer().toString()});
                    huishoudRijen.add(new Object[] {"hh-" + h, adres.postcode(), adres.huisnummer(), adres.straat(),
                            adres.woonplaats(), HuishoudenLabel.van(adres, leden), "c-" + h,
                            random.nextInt(3) > 0 ? "WMO" : null});
                }
                transactie.executeWithoutResult(status -> {
                    batch.batchUpdate("""
                            INSERT INTO zoek_huishouden (huishouden_id, postcode, huisnummer, straat, woonplaats, label,
                                casus_id, open_casus, regisseur_team)
                            VALUES (?, ?, ?, ?, ?, ?, ?, true, ?)""", huishoudRijen);
                    batch.batchUpdate("""
                            INSERT INTO zoek_persoon (persoon_id, huishouden_id, bsn_hash, naam, naam_zoek,
                                naam_woorden, geboortedatum, initialen, geboortejaar, rol, volgnummer)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", persoonRijen);
                });
            }
            // the events path on top: the last household again through the projection's handlers, so both agree
            projectie.on(new LidJoined("hh-0", "c-0", "p-0-nieuw", "Noor " + personen.get(0)[0],
                    LocalDate.of(2020, 1, 1), volgendBsn(bsnTeller), LidRol.KIND, LocalDate.of(2026, 1, 1)), 99L);
            // the known name words, as the projection keeps them with each person
            jdbc.sql("INSERT INTO zoek_naamwoord SELECT DISTINCT unnest(naam_woorden) FROM zoek_persoon "
                    + "ON CONFLICT DO NOTHING").update();
            double laden = (System.nanoTime() - start) / 1e9;
            jdbc.sql("ANALYZE").update();
            System.out.printf(Locale.ROOT, "Search index: %,d households, %,d persons loaded as the projection's own "
                    + "rows (batched inserts) in %.1f s (%.0f households/s)%n", huishoudens, personen.size(), laden,
                    huishoudens / laden);

            MetaData vrager = vrager();
            // a measurement of searches that find nothing would flatter: a typo of a known surname must find it
            String bekend = personen.get(0)[0];
            if (zoeker.handle(new ZoekHuishoudens(null, null, null, tikfout(bekend, new Random(1L)), null, 0, 20),
                    vrager).items().isEmpty()) {
                throw new IllegalStateException("A typo of a known surname finds nothing: the index is not loaded");
            }
            Random keuze = new Random(7L);
            meet("surname with a typo", metingen, i -> {
                String naam = tikfout(personen.get(keuze.nextInt(personen.size()))[0], keuze);
                zoeker.handle(new ZoekHuishoudens(null, null, null, naam, null, 0, 20), vrager);
            });
            meet("full name with a typo in the surname", metingen, i -> {
                String[] persoon = personen.get(keuze.nextInt(personen.size()));
                zoeker.handle(new ZoekHuishoudens(null, null, null, persoon[2] + " "
                        + tikfout(persoon[0], keuze), null, 0, 20), vrager);
            });
            meet("BSN", metingen, i -> zoeker.handle(new ZoekHuishoudens(
                    personen.get(keuze.nextInt(personen.size()))[1], null, null, null, null, 0, 20), vrager));
            meet("postcode + huisnummer", metingen, i -> {
                String[] adres = adressen.get(keuze.nextInt(adressen.size()));
                zoeker.handle(new ZoekHuishoudens(null, adres[0], Integer.parseInt(adres[1]), null, null, 0, 20),
                        vrager);
            });
            meet("primary-key lookup (household row and members)", metingen, i -> {
                String id = "hh-" + keuze.nextInt(huishoudens);
                jdbc.sql("SELECT * FROM zoek_huishouden WHERE huishouden_id = :id").param("id", id)
                        .query().listOfRows();
                jdbc.sql("SELECT * FROM zoek_persoon WHERE huishouden_id = :id").param("id", id)
                        .query().listOfRows();
            });
            GevondenHuishoudens voorbeeld = zoeker.handle(new ZoekHuishoudens(null, null, null,
                    tikfout("Verhoeven", new Random(1)), null, 0, 20), vrager);
            System.out.printf(Locale.ROOT, "Example: a name with a typo finds %,d households (first: %s)%n",
                    voorbeeld.total(), voorbeeld.items().isEmpty() ? "-" : voorbeeld.items().get(0).label());
        }
    }

    private static void meet(String wat, int metingen, IntConsumer zoek) {
        for (int i = 0; i < Math.max(50, metingen / 5); i++) {
            zoek.accept(i);
        }
        long[] tijden = new long[metingen];
        for (int i = 0; i < metingen; i++) {
            long start = System.nanoTime();
            zoek.accept(i);
            tijden[i] = System.nanoTime() - start;
        }
        Arrays.sort(tijden);
        System.out.printf(Locale.ROOT, "%-48s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms   (%d runs)%n", wat,
                tijden[metingen / 2] / 1e6, tijden[(int) Math.ceil(metingen * 0.99) - 1] / 1e6,
                tijden[metingen - 1] / 1e6, metingen);
    }

    /** One typo as people make them: a letter left out, doubled, swapped with the next, or replaced. */
    static String tikfout(String naam, Random random) {
        String woord = naam.substring(naam.lastIndexOf(' ') + 1);
        if (woord.length() < 4) {
            return naam;
        }
        int plek = 1 + random.nextInt(woord.length() - 2);
        StringBuilder fout = new StringBuilder(woord);
        switch (random.nextInt(4)) {
            case 0 -> fout.deleteCharAt(plek);
            case 1 -> fout.insert(plek, fout.charAt(plek));
            case 2 -> {
                char c = fout.charAt(plek);
                fout.setCharAt(plek, fout.charAt(plek + 1));
                fout.setCharAt(plek + 1, c);
            }
            default -> fout.setCharAt(plek, (char) ('a' + random.nextInt(26)));
        }
        return fout.toString();
    }

    private static String volgendBsn(int[] teller) {
        while (true) {
            String acht = Integer.toString(teller[0]++);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (acht.charAt(i) - '0');
            }
            int controle = som % 11;
            if (controle < 10) {
                return acht + controle;
            }
        }
    }

    private static MetaData vrager() {
        return new Vrager(new Medewerker("anna", Rol.TOEGANGSMEDEWERKER, "WMO"), "GET /api/huishoudens/zoeken", null)
                .alsMetaData();
    }
}
