package nl.integraletoegang.query.figuren;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.integraletoegang.api.casus.CasusClosed;
import nl.integraletoegang.api.casus.CasusOpened;
import nl.integraletoegang.api.casus.CasusReopened;
import nl.integraletoegang.api.casus.CasusTriaged;
import nl.integraletoegang.api.casus.HulpvraagRouted;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.MeldingRegistered;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.escalatie.CasusEscalatedToDoorbraakteam;
import nl.integraletoegang.api.escalatie.CasusEscalatedToProcesregisseur;
import nl.integraletoegang.api.escalatie.CasusEscalatedUnderAve;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.figuren.FindManagementFiguren;
import nl.integraletoegang.api.figuren.ManagementFiguren;
import nl.integraletoegang.api.figuren.Periodesoort;
import nl.integraletoegang.api.plan.PlanVersionAdopted;
import nl.integraletoegang.api.termijn.TermijnExpired;
import nl.integraletoegang.api.termijn.TermijnMet;
import nl.integraletoegang.api.termijn.TermijnStarted;
import nl.integraletoegang.api.termijn.TermijnStopped;

/**
 * Measures the management-figures query over the facts of 100,000 events (by default). The events are generated
 * (two years of casussen in twelve wijken and eight teams, seeded, so every run has the same data) and fed through
 * the real projection into an embedded PostgreSQL, in transactions of 100 events as the processor's batches. Then
 * the query handler is timed, next to a baseline in the same run ({@code SELECT count(*)} over the largest fact
 * table), so the figure reads as a ratio on a noisy shared machine. Not a test: run it with the
 * {@code benchmark-figuren} profile (see the README).
 */
final class ManagementFigurenBenchmark {

    private static final String[] WIJKEN = {"Centrum", "Noord", "Oost", "Zuid", "West", "Haven", "Dorp", "Park",
        "Zuidwest", "Binnenstad", "Buitenwijk", "Industrie"};
    private static final String[] TEAMS = {"WMO", "JEUGD", "INKOMEN", "SCHULDHULP", "WERK", "BWMO", "ONDERWIJS",
        "VEILIGHEID"};
    private static final String[] REGIMES = {"WMO_MELDING_ONDERZOEK", "JEUGDWET_AANVRAAG_BESCHIKKING",
        "PARTICIPATIEWET_AANVRAAG_BESLUIT", "SCHULDHULP_VERZOEK_EERSTE_GESPREK", "SERVICENORM_TRIAGE"};
    private static final Instant BEGIN = LocalDate.of(2025, 1, 1).atStartOfDay(FigurenDatabase.AMSTERDAM).toInstant();
    /** Nothing is generated after this moment: the data ends in the past, as an event store's does. */
    private static final Instant EIND = LocalDate.of(2026, 11, 1).atStartOfDay(FigurenDatabase.AMSTERDAM).toInstant();
    private static final long DAG = Duration.ofDays(1).toSeconds();

    private record Gebeurtenis(Instant at, Consumer<ManagementFigurenProjection> handler) {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<Gebeurtenis> gebeurtenissen = genereer(events, new Random(20260101));
        try (FigurenDatabase database = FigurenDatabase.start("figuren-benchmark")) {
            long start = System.nanoTime();
            for (int i = 0; i < gebeurtenissen.size(); i += 100) {
                List<Gebeurtenis> batch = gebeurtenissen.subList(i, Math.min(i + 100, gebeurtenissen.size()));
                database.inTransaction(projection -> batch.forEach(g -> g.handler().accept(projection)));
            }
            double laadSeconden = (System.nanoTime() - start) / 1e9;
            // what autovacuum does soon after a load like this; without statistics the planner guesses
            database.jdbc.sql("ANALYZE").update();
            System.out.printf("loaded %,d events through the projection in %.1f s (%,.0f events/s): %s%n",
                    gebeurtenissen.size(), laadSeconden, gebeurtenissen.size() / laadSeconden, tellingen(database));

            FindManagementFiguren maand = new FindManagementFiguren(Periodesoort.MAAND, null, null, null);
            ManagementFiguren figuren = database.projection.handle(maand);
            System.out.printf("answer per month, all wijken: %d rows (wachttijd triage %d, termijnen %d, "
                            + "werklast %d)%n",
                    rijen(figuren), figuren.wachttijdTotTriage().size(), figuren.termijnnaleving().size(),
                    figuren.werklast().size());

            Map<String, Supplier<?>> metingen = new LinkedHashMap<>();
            metingen.put("baseline: SELECT count(*) FROM figuur_hulpvraag",
                    () -> database.jdbc.sql("SELECT count(*) FROM figuur_hulpvraag").query(Long.class).single());
            metingen.put("figures per MAAND, all wijken, all time", () -> database.projection.handle(maand));
            metingen.put("figures per WEEK, all wijken, 2026", () -> database.projection.handle(
                    new FindManagementFiguren(Periodesoort.WEEK, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                            null)));
            metingen.put("figures per KWARTAAL, wijk Noord, all time", () -> database.projection.handle(
                    new FindManagementFiguren(Periodesoort.KWARTAAL, null, null, "Noord")));
            double baseline = 0;
            for (Map.Entry<String, Supplier<?>> meting : metingen.entrySet()) {
                double[] ms = meet(meting.getValue(), runs);
                double mediaan = percentiel(ms, 0.5);
                if (baseline == 0) {
                    baseline = mediaan;
                }
                System.out.printf("%-48s median %7.1f ms   p99 %7.1f ms   (%.1f× baseline median)%n",
                        meting.getKey(), mediaan, percentiel(ms, 0.99), mediaan / baseline);
            }
            toonPlannen(database, maand);
            toonPlannen(database, new FindManagementFiguren(Periodesoort.KWARTAAL, null, null, "Noord"));
        }
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of each statement of one query, logged by PostgreSQL's auto_explain. */
    private static void toonPlannen(FigurenDatabase database, FindManagementFiguren vraag) throws Exception {
        autoExplain(database, "0");
        long begin = Files.size(database.logboek);
        database.projection.handle(vraag);
        autoExplain(database, "-1");
        System.out.println("plans of the statements of: " + vraag);
        System.out.println(Files.readString(database.logboek).substring((int) begin));
    }

    /** For the sessions opened from now on: the pool's connections are replaced. */
    private static void autoExplain(FigurenDatabase database, String minimaleDuur) throws InterruptedException {
        database.jdbc.sql("ALTER DATABASE postgres SET auto_explain.log_min_duration = " + minimaleDuur).update();
        database.nieuweVerbindingen();
        // the log collector writes what the server logged a moment ago
        Thread.sleep(500);
    }

    private static int rijen(ManagementFiguren f) {
        return f.wachttijdTotTriage().size() + f.wachttijdTotPlan().size() + f.doorlooptijd().size()
                + f.termijnnaleving().size() + f.levensdomeinen().size() + f.escalaties().size()
                + f.uitkomsten().size() + f.werklast().size();
    }

    private static String tellingen(FigurenDatabase database) {
        StringBuilder tellingen = new StringBuilder();
        for (String tabel : List.of("figuur_casus", "figuur_hulpvraag", "figuur_sluiting", "figuur_uitkomst",
                "figuur_termijn", "figuur_escalatie")) {
            tellingen.append(tabel).append('=').append(database.jdbc.sql("SELECT count(*) FROM " + tabel)
                    .query(Long.class).single()).append(' ');
        }
        return tellingen.toString().strip();
    }

    /** Warms up with a tenth of the runs, then times each run in milliseconds. */
    private static double[] meet(Supplier<?> werk, int runs) {
        for (int i = 0; i < Math.max(5, runs / 10); i++) {
            werk.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            werk.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double percentiel(double[] gesorteerd, double p) {
        return gesorteerd[Math.min(gesorteerd.length - 1, (int) Math.ceil(p * gesorteerd.length) - 1)];
    }

    /** Casussen one after another until the number of events is reached; returned in the order of time. */
    private static List<Gebeurtenis> genereer(int aantal, Random random) {
        List<Gebeurtenis> alle = new ArrayList<>(aantal + 50);
        List<Gebeurtenis> casus = new ArrayList<>();
        for (int n = 0; alle.size() < aantal; n++) {
            casus.clear();
            casus(n, random, casus);
            casus.stream().filter(g -> g.at().isBefore(EIND)).forEach(alle::add);
        }
        alle.sort(Comparator.comparing(Gebeurtenis::at));
        return alle.subList(0, aantal);
    }

    private static void casus(int n, Random random, List<Gebeurtenis> uit) {
        String hh = "hh-" + n;
        String casus = "casus-" + n;
        String wijk = WIJKEN[random.nextInt(WIJKEN.length)];
        Instant open = BEGIN.plusSeconds((long) (random.nextDouble() * 670 * DAG));
        uit.add(new Gebeurtenis(open, p -> p.on(new CasusOpened(hh, casus, wijk), open)));
        List<String> hulpvragen = new ArrayList<>();
        Instant laatsteMelding = open;
        int meldingen = 1 + random.nextInt(3);
        for (int m = 0; m < meldingen; m++) {
            String hulpvraag = casus + "-hv-" + m;
            hulpvragen.add(hulpvraag);
            Instant at = open.plusSeconds(m == 0 ? 0 : (long) (random.nextDouble() * 20 * DAG));
            laatsteMelding = laatsteMelding.isAfter(at) ? laatsteMelding : at;
            String team = TEAMS[random.nextInt(TEAMS.length)];
            Set<Levensdomein> domeinen = EnumSet.of(levensdomein(random), levensdomein(random));
            uit.add(new Gebeurtenis(at, p -> p.on(new MeldingRegistered(hh, casus, hulpvraag, Kanaal.TELEFOON, team,
                    domeinen, null, Set.of(), wijk), at)));
            if (random.nextInt(10) < 6) {
                termijn(hh, casus, hulpvraag, at, random, uit);
            }
            if (random.nextInt(10) == 0) {
                Instant routed = at.plusSeconds(DAG);
                String naar = TEAMS[random.nextInt(TEAMS.length)];
                uit.add(new Gebeurtenis(routed, p -> p.on(new HulpvraagRouted(hh, casus, hulpvraag, team, naar))));
            }
        }
        if (random.nextInt(10) == 0) {
            return;
        }
        // waiting times are skewed: most casussen are triaged within days, some wait weeks
        Instant triage = open.plusSeconds((long) (DAG * 7 * -Math.log(1 - random.nextDouble())));
        uit.add(new Gebeurtenis(triage, p -> p.on(new CasusTriaged(hh, casus, null, Set.of(Levensdomein.WONEN),
                Urgentie.NORMAAL, hulpvragen.get(0)), triage)));
        if (random.nextInt(10) < 2) {
            return;
        }
        Instant plan = triage.plusSeconds((long) (DAG * 14 * -Math.log(1 - random.nextDouble())));
        for (int v = 1; v <= 1 + random.nextInt(2); v++) {
            int versie = v;
            Instant at = plan.plusSeconds((v - 1) * 30 * DAG);
            uit.add(new Gebeurtenis(at, p -> p.on(new PlanVersionAdopted(hh, casus, versie,
                    versie == 1 ? null : versie - 1, List.of(), List.of()), at)));
        }
        if (random.nextInt(5) == 0) {
            escalatie(hh, casus, plan.plusSeconds(20 * DAG), random, uit);
        }
        if (random.nextInt(10) < 7) {
            Instant gepland = plan.plusSeconds((long) (DAG * 60 * -Math.log(1 - random.nextDouble())));
            // a melding after the closure would have opened a new casus
            Instant dicht = gepland.isAfter(laatsteMelding) ? gepland : laatsteMelding.plusSeconds(DAG);
            Map<String, Uitkomst> uitkomsten = new LinkedHashMap<>();
            hulpvragen.forEach(h -> uitkomsten.put(h, Uitkomst.values()[random.nextInt(Uitkomst.values().length)]));
            uit.add(new Gebeurtenis(dicht, p -> p.on(new CasusClosed(hh, casus, uitkomsten), dicht)));
            if (random.nextInt(20) == 0) {
                Instant heropend = dicht.plusSeconds(30 * DAG);
                uit.add(new Gebeurtenis(heropend, p -> p.on(new CasusReopened(hh, casus, null), heropend)));
            }
        }
    }

    private static void termijn(String hh, String casus, String hulpvraag, Instant start, Random random,
                                List<Gebeurtenis> uit) {
        String termijnId = hulpvraag + "-t";
        String regime = REGIMES[random.nextInt(REGIMES.length)];
        Instant verval = start.plusSeconds(42 * DAG);
        uit.add(new Gebeurtenis(start, p -> p.on(new TermijnStarted(hh, casus, hulpvraag, termijnId, regime, false,
                start, verval, verval.minusSeconds(7 * DAG), null))));
        int uitkomst = random.nextInt(20);
        if (uitkomst < 15) {
            Instant afgerond = start.plusSeconds((long) (random.nextDouble() * 50 * DAG));
            boolean opTijd = !afgerond.isAfter(verval);
            uit.add(new Gebeurtenis(afgerond, p -> p.on(new TermijnMet(hh, casus, termijnId, afgerond, opTijd))));
        } else if (uitkomst < 17) {
            uit.add(new Gebeurtenis(verval, p -> p.on(new TermijnExpired(hh, casus, termijnId, regime, verval, null))));
        } else if (uitkomst < 19) {
            Instant gestopt = start.plusSeconds(10 * DAG);
            uit.add(new Gebeurtenis(gestopt, p -> p.on(new TermijnStopped(hh, casus, termijnId, "Casus gesloten"),
                    gestopt)));
        }
    }

    private static void escalatie(String hh, String casus, Instant at, Random random, List<Gebeurtenis> uit) {
        String id = casus + "-esc";
        EscalatieReden reden = EscalatieReden.values()[random.nextInt(EscalatieReden.values().length)];
        uit.add(new Gebeurtenis(at, p -> p.on(new CasusEscalatedToProcesregisseur(hh, casus, id, reden, null), at)));
        if (random.nextInt(3) == 0) {
            Instant doorbraak = at.plusSeconds(7 * DAG);
            uit.add(new Gebeurtenis(doorbraak, p -> p.on(new CasusEscalatedToDoorbraakteam(hh, casus, id, reden,
                    null), doorbraak)));
            if (random.nextInt(4) == 0) {
                Instant ave = doorbraak.plusSeconds(7 * DAG);
                uit.add(new Gebeurtenis(ave, p -> p.on(new CasusEscalatedUnderAve(hh, casus, id,
                        EscalatieNiveau.PROCESREGISSEUR_ZORG_EN_VEILIGHEIDSHUIS, reden, null), ave)));
            }
        }
    }

    private static Levensdomein levensdomein(Random random) {
        // a few domains are far more frequent, as in practice
        Levensdomein[] vaak = {Levensdomein.SCHULDEN, Levensdomein.WMO_ONDERSTEUNING, Levensdomein.JEUGD,
            Levensdomein.INKOMEN};
        return random.nextBoolean() ? vaak[random.nextInt(vaak.length)]
                : Levensdomein.values()[random.nextInt(Levensdomein.values().length)];
    }
}
