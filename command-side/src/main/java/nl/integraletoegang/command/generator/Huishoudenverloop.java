package nl.integraletoegang.command.generator;

import static nl.integraletoegang.api.tijd.Tijdzone.NEDERLAND;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.integraletoegang.api.casus.Bsn;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.CloseCasus;
import nl.integraletoegang.api.casus.Dreiging;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.MeldingRegistration;
import nl.integraletoegang.api.casus.Persoon;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.casus.ReopenCasus;
import nl.integraletoegang.api.casus.RouteHulpvraag;
import nl.integraletoegang.api.casus.TriageCasus;
import nl.integraletoegang.api.casus.Uitkomst;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.escalatie.DecideDoorbraak;
import nl.integraletoegang.api.huishouden.Adres;
import nl.integraletoegang.api.huishouden.JoinHuishouden;
import nl.integraletoegang.api.huishouden.LeaveHuishouden;
import nl.integraletoegang.api.huishouden.LidRol;
import nl.integraletoegang.api.huishouden.MoveHuishouden;
import nl.integraletoegang.api.escalatie.EscalateToDoorbraakteam;
import nl.integraletoegang.api.escalatie.EscalateToProcesregisseur;
import nl.integraletoegang.api.escalatie.EscalateUnderAve;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.escalatie.HandBackCasus;
import nl.integraletoegang.api.escalatie.Pijler;
import nl.integraletoegang.api.escalatie.RecordEscalatieBesluit;
import nl.integraletoegang.api.escalatie.TakeUpEscalatie;
import nl.integraletoegang.api.plan.Actie;
import nl.integraletoegang.api.plan.AdoptPlanVersion;
import nl.integraletoegang.api.plan.CancelPlanActie;
import nl.integraletoegang.api.plan.CompletePlanActie;
import nl.integraletoegang.api.plan.Doel;
import nl.integraletoegang.api.termijn.CompleteTermijn;
import nl.integraletoegang.api.termijn.ResumeTermijn;
import nl.integraletoegang.api.termijn.SuspendTermijn;

/**
 * The history of one fictitious household, drawn from its own seeded random source (so it is the same whatever
 * thread generates it and whatever else runs): casussen one after another, each with its meldingen at various teams
 * and channels, routing, triage, plan versions and their actions, termijnen (most met, some late or expired, some
 * suspended and resumed, some stopped at closure), escalations up the ladder, a closure with an outcome per
 * hulpvraag and now and then a reopening. Steps are taken in the order of their moments; the story stops at the
 * present, so the households started lately still have open casussen, as a municipality's do.
 */
final class Huishoudenverloop {

    /** Sends one command at the current simulated moment, as the given worker; answers what the handler returned. */
    interface Afzender {
        Object stuur(Object command, Instant moment, Medewerker wie, String reden);
    }

    /** A worker as the audit metadata names them. */
    record Medewerker(String gebruikersnaam, String rol, String team) {
    }

    /** The story reached the present: what would come next has not happened yet. */
    static final class Heden extends RuntimeException {
        Heden() {
            super(null, null, false, false);
        }
    }

    private static final long DAG = Duration.ofDays(1).toSeconds();

    static final String[] WIJKEN = {"Centrum", "Noord", "Oost", "Zuid", "West", "Haven", "Dorp", "Park",
        "Zuidwest", "Binnenstad", "Buitenwijk", "Industrie"};
    private static final String[] TEAMS = {"WMO", "JEUGD", "INKOMEN", "SCHULDHULP", "WERK", "BW_MO"};
    private static final Map<String, String[]> MEDEWERKERS = Map.of(
            "WMO", new String[] {"anna", "wmo.jansen", "wmo.pietersen", "wmo.dekker"},
            "JEUGD", new String[] {"jet", "jeugd.visser", "jeugd.smit", "jeugd.mulder"},
            "INKOMEN", new String[] {"inkomen.hendriks", "inkomen.van-dam", "inkomen.koster"},
            "SCHULDHULP", new String[] {"bram", "schuldhulp.bos", "schuldhulp.vos", "schuldhulp.peters"},
            "WERK", new String[] {"werk.bakker", "werk.meijer", "werk.de-groot"},
            "BW_MO", new String[] {"bwmo.jacobs", "bwmo.brouwer", "bwmo.willems"});
    private static final String[] PROCESREGISSEURS = {"petra", "procesregie.vermeulen", "procesregie.kok"};
    private static final String[] DOORBRAAKTEAM = {"dirk", "dana"};
    private static final Map<String, Levensdomein[]> DOMEINEN = Map.of(
            "WMO", new Levensdomein[] {Levensdomein.WMO_ONDERSTEUNING, Levensdomein.ZORG, Levensdomein.WONEN,
                Levensdomein.WELZIJN},
            "JEUGD", new Levensdomein[] {Levensdomein.JEUGD, Levensdomein.ONDERWIJS, Levensdomein.LEERPLICHT,
                Levensdomein.VEILIGHEID},
            "INKOMEN", new Levensdomein[] {Levensdomein.INKOMEN, Levensdomein.FINANCIELE_ZORGEN},
            "SCHULDHULP", new Levensdomein[] {Levensdomein.SCHULDEN, Levensdomein.FINANCIELE_ZORGEN,
                Levensdomein.INKOMEN},
            "WERK", new Levensdomein[] {Levensdomein.WERK, Levensdomein.INKOMEN, Levensdomein.INBURGERING},
            "BW_MO", new Levensdomein[] {Levensdomein.WONEN, Levensdomein.ZORG, Levensdomein.VEILIGHEID,
                Levensdomein.WELZIJN});
    /** The regime each team's aanvragen run under, and its length in days (near enough to plan the story by). */
    private static final Map<String, String> REGIME = Map.of(
            "WMO", "WMO_MELDING_ONDERZOEK", "JEUGD", "JEUGDWET_AANVRAAG_BESCHIKKING",
            "INKOMEN", "PARTICIPATIEWET_AANVRAAG_BESLUIT", "WERK", "PARTICIPATIEWET_AANVRAAG_BESLUIT",
            "SCHULDHULP", "SCHULDHULP_VERZOEK_EERSTE_GESPREK", "BW_MO", "SERVICENORM_TRIAGE");
    private static final Map<String, Integer> REGIME_DAGEN = Map.of(
            "WMO_MELDING_ONDERZOEK", 42, "JEUGDWET_AANVRAAG_BESCHIKKING", 56, "PARTICIPATIEWET_AANVRAAG_BESLUIT", 56,
            "SCHULDHULP_VERZOEK_EERSTE_GESPREK", 28, "SERVICENORM_TRIAGE", 7);
    private static final Kanaal[] KANALEN = {Kanaal.TELEFOON, Kanaal.TELEFOON, Kanaal.TELEFOON, Kanaal.TELEFOON,
        Kanaal.TELEFOON, Kanaal.TELEFOON, Kanaal.EMAIL, Kanaal.EMAIL, Kanaal.EMAIL, Kanaal.INLOOP, Kanaal.INLOOP,
        Kanaal.INLOOP, Kanaal.POST, Kanaal.VERWIJZING_HUISARTS, Kanaal.VERWIJZING_HUISARTS,
        Kanaal.VERWIJZING_GECERTIFICEERDE_INSTELLING, Kanaal.VERWIJZING_RECHTER, Kanaal.SIGNAAL_PARTNER,
        Kanaal.SIGNAAL_PARTNER, Kanaal.SIGNAAL_PARTNER};
    private static final String[] VOORNAMEN = {"Sanne", "Daan", "Fatima", "Mohammed", "Emma", "Lucas", "Noor",
        "Sem", "Ayşe", "Mehmet", "Julia", "Thijs", "Lotte", "Bram", "Yara", "Finn", "Zoë", "Milan", "Iris", "Omar",
        "Anouk", "Jesse", "Priya", "Kofi", "Mila", "Ruben", "Fenna", "Stijn", "Nadia", "Wouter"};
    private static final String[] ACHTERNAMEN = {"de Jong", "Jansen", "de Vries", "van den Berg", "Bakker",
        "Visser", "Smit", "Meijer", "de Boer", "Mulder", "El Amrani", "Yilmaz", "Kaya", "Bos", "Vos", "Peters",
        "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Kramer", "van Dijk", "Öztürk",
        "Boateng", "Ramdin", "Koster", "Prins", "Huisman"};
    private static final String[][] STRATEN = {
        {"Kerkstraat", "Markt", "Molenstraat", "Nieuwstraat"}, {"Noorderweg", "Berkenlaan", "Eikenlaan"},
        {"Oosterstraat", "Zonnebloemstraat", "Tulpstraat"}, {"Zuiderpark", "Beatrixlaan", "Julianastraat"},
        {"Westerhaven", "Dijkweg", "Schipperskade"}, {"Havenstraat", "Kade", "Vissersstraat"},
        {"Dorpsstraat", "Brink", "Schoolstraat"}, {"Parklaan", "Vijverweg", "Rozenhof"}};
    private static final String[] ACTIES = {"Intakegesprek met het huishouden", "Budgetplan opstellen",
        "Aanvraag indienen bij het voorliggend veld", "Afspraak met de huisarts", "Contact met school",
        "Huisbezoek door de wijkverpleging", "Schuldeisers in kaart brengen", "Betalingsregeling treffen",
        "Traject naar werk starten", "Passende woning zoeken", "Mantelzorger ondersteunen",
        "Evaluatiegesprek met alle partijen"};
    private static final String[] EIGENAREN = {"Casusregisseur", "Wijkteam", "Schuldhulpverlening",
        "Huishouden zelf", "Jeugdteam", "Werkgeversservicepunt", "Woningcorporatie"};
    private static final String[] OMSCHRIJVINGEN = {"Huishouden loopt vast met rekeningen en post.",
        "Zorgen over de thuissituatie van de kinderen.", "Ondersteuning thuis nodig na ziekenhuisopname.",
        "Dreigende huisuitzetting door huurachterstand.", "Inkomen valt weg na ontslag.",
        "Signaal van school over verzuim.", "Vraag om hulp bij het vinden van werk.",
        "Eenzaamheid en weinig netwerk.", "Meerdere instanties betrokken, niemand houdt overzicht."};

    private final Random random;
    private final String huishoudenId;
    private final Instant eind;
    private final Afzender afzender;
    private final String wijk;
    private final List<Persoon> leden;
    private final Adres adres;
    /** This household's own range of BSNs: unique in the municipality, as the register of open casussen requires. */
    private final long bsnBasis;
    private int bsnVolgende;
    private Instant nu;
    private int casussen;

    Huishoudenverloop(long seed, int nummer, Instant begin, Instant eind, Afzender afzender) {
        this.random = new Random(seed * 1_000_003L + nummer);
        this.bsnBasis = 10_000_000L + Math.floorMod(seed, 10) * 8_000_000L + 8L * nummer;
        this.huishoudenId = id("hh");
        this.eind = eind;
        this.afzender = afzender;
        this.wijk = WIJKEN[random.nextInt(WIJKEN.length)];
        this.nu = begin.plusSeconds((long) (random.nextDouble() * Duration.between(begin, eind).toSeconds()));
        this.leden = leden();
        this.adres = adres();
    }

    String huishoudenId() {
        return huishoudenId;
    }

    /** Lives the household's history up to the present. */
    void genereer() {
        try {
            while (true) {
                boolean gesloten = casus();
                casussen++;
                // most households are helped once; some come back months later with a new question
                if (!gesloten || casussen >= 3 || random.nextInt(4) != 0) {
                    return;
                }
                naar(nu.plusSeconds((long) (DAG * 180 * exp())));
            }
        } catch (Heden heden) {
            // the rest of the story lies in the future
        }
    }

    /** A step of a casus at its moment; steps run in the order of their moments. */
    private record Stap(Instant moment, int volgorde, Runnable actie) {
    }

    /** A hulpvraag as planned (team, regime, threats, moment) and, once its melding ran, registered. */
    private final class Hulpvraag {
        final String id = id("hv");
        final Instant moment;
        final Set<Dreiging> dreigingen = EnumSet.noneOf(Dreiging.class);
        final String regime;
        final String termijnId;
        String team;
        boolean geregistreerd;

        Hulpvraag(String team, Instant moment) {
            this.team = team;
            this.moment = moment;
            if (team.equals("SCHULDHULP") && random.nextInt(5) == 0) {
                dreigingen.add(Dreiging.values()[random.nextInt(3)]);
            }
            if (random.nextInt(40) == 0) {
                dreigingen.add(Dreiging.ONVEILIGE_SITUATIE);
            }
            regime = random.nextInt(10) < 6 ? REGIME.get(team) : null;
            termijnId = regime == null ? null : id("termijn");
        }

        /** About how many days its clock runs: the regime's length, a few days when the urgent variant applies. */
        int dagen() {
            boolean spoed = regime.startsWith("SCHULDHULP") && dreigingen.stream()
                    .anyMatch(Dreiging::maaktSchuldhulpSpoedeisend);
            return spoed ? 4 : REGIME_DAGEN.get(regime);
        }
    }

    /** One casus from its first melding to its closure (or to the present); answers whether it was closed. */
    private boolean casus() {
        String casusId = id("casus");
        List<Hulpvraag> geregistreerd = new ArrayList<>();
        List<Hulpvraag> gepland = new ArrayList<>();
        List<Stap> stappen = new ArrayList<>();
        Instant begin = nu;
        gepland.add(new Hulpvraag(TEAMS[random.nextInt(TEAMS.length)], begin));
        int extra = random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
        for (int i = 0; i < extra; i++) {
            gepland.add(new Hulpvraag(TEAMS[random.nextInt(TEAMS.length)],
                    begin.plusSeconds(1 + (long) (random.nextDouble() * 20 * DAG))));
        }
        for (Hulpvraag hulpvraag : gepland.subList(1, gepland.size())) {
            stappen.add(new Stap(hulpvraag.moment, 0, () -> melding(casusId, hulpvraag, List.of(), null,
                    geregistreerd)));
        }
        Hulpvraag eerste = gepland.get(0);
        if (random.nextInt(100) < 8) {
            // the question moves to the team that handles it, not the resident
            Instant moment = begin.plusSeconds(DAG + random.nextInt((int) (2 * DAG)));
            String naar = TEAMS[random.nextInt(TEAMS.length)];
            stappen.add(new Stap(moment, 1, () -> {
                if (!naar.equals(eerste.team)) {
                    stuur(new RouteHulpvraag(huishoudenId, casusId, eerste.id, naar, null),
                            medewerker(eerste.team), null);
                    eerste.team = naar;
                }
            }));
        }
        huishoudenWijzigingen(begin, eerste, stappen);
        Casusregisseur[] regisseur = new Casusregisseur[1];
        boolean getrieerd = random.nextInt(100) < 97;
        Instant triage = begin.plusSeconds(3 * DAG + (long) (DAG * 7 * exp()));
        Instant laatste = triage;
        if (getrieerd) {
            stappen.add(new Stap(triage, 2, () -> {
                Medewerker wie = medewerker(eerste.team);
                String[] collega = MEDEWERKERS.get(eerste.team);
                regisseur[0] = new Casusregisseur(collega[random.nextInt(collega.length)], eerste.team);
                Set<Levensdomein> domeinen = EnumSet.noneOf(Levensdomein.class);
                geregistreerd.forEach(h -> domeinen.add(domein(h.team)));
                stuur(new TriageCasus(huishoudenId, casusId, "Brede uitvraag: " + OMSCHRIJVINGEN[
                        random.nextInt(OMSCHRIJVINGEN.length)], domeinen,
                        Urgentie.values()[random.nextInt(10) < 6 ? 1 : random.nextInt(Urgentie.values().length)],
                        eerste.id, regisseur[0], null), wie, null);
            }));
        }
        boolean plan = getrieerd && random.nextInt(100) < 85;
        if (plan) {
            laatste = plan(casusId, triage.plusSeconds(DAG + (long) (DAG * 14 * exp())), regisseur, stappen);
            if (random.nextInt(100) < 12) {
                laatste = later(laatste, escalatie(casusId,
                        triage.plusSeconds((long) (DAG * (20 + 40 * random.nextDouble()))), regisseur, stappen));
            }
        }
        boolean sluiten = plan ? random.nextInt(100) < 90 : getrieerd && random.nextInt(100) < 50;
        for (Stap stap : stappen) {
            laatste = later(laatste, stap.moment());
        }
        Instant dicht = sluiten ? laatste.plusSeconds(DAG + (long) (DAG * 30 * exp())) : null;
        gepland.forEach(hulpvraag -> termijn(casusId, hulpvraag, stappen));
        if (dicht != null) {
            // what would come after the closure does not happen: the closure stops the clocks still running
            stappen.removeIf(stap -> stap.moment().isAfter(dicht));
            stappen.add(new Stap(dicht, 9, () -> sluit(casusId, geregistreerd, regisseur[0])));
        }
        stappen.sort(Comparator.comparing(Stap::moment).thenComparing(Stap::volgorde));
        melding(casusId, eerste, casussen == 0 ? leden : List.of(), casussen == 0 ? adres : null, geregistreerd);
        for (Stap stap : stappen) {
            naar(stap.moment());
            stap.actie().run();
        }
        if (dicht == null) {
            return false;
        }
        if (random.nextInt(100) < 5) {
            naar(nu.plusSeconds(DAG * (10 + random.nextInt(50))));
            stuur(new ReopenCasus(huishoudenId, casusId, "Nieuwe signalen na afsluiting", null),
                    regisseur(regisseur[0]), null);
            naar(nu.plusSeconds(DAG * (20 + random.nextInt(40))));
            sluit(casusId, geregistreerd, regisseur[0]);
        }
        return true;
    }

    private void melding(String casusId, Hulpvraag hulpvraag, List<Persoon> leden, Adres adres,
                         List<Hulpvraag> geregistreerd) {
        Set<Levensdomein> domeinen = EnumSet.of(domein(hulpvraag.team));
        if (random.nextBoolean()) {
            domeinen.add(domein(TEAMS[random.nextInt(TEAMS.length)]));
        }
        stuur(new RegisterMelding(huishoudenId, hulpvraag.id, casusId, KANALEN[random.nextInt(KANALEN.length)],
                hulpvraag.team, domeinen, OMSCHRIJVINGEN[random.nextInt(OMSCHRIJVINGEN.length)], leden,
                hulpvraag.dreigingen, wijk, hulpvraag.regime, hulpvraag.termijnId, adres, null),
                medewerker(hulpvraag.team), null);
        hulpvraag.geregistreerd = true;
        geregistreerd.add(hulpvraag);
    }

    /** Now and then the household moves, a child is born or a partner leaves while a casus is open. */
    private void huishoudenWijzigingen(Instant begin, Hulpvraag eerste, List<Stap> stappen) {
        if (random.nextInt(100) < 5) {
            Instant moment = begin.plusSeconds(DAG * (10 + random.nextInt(60)));
            Adres nieuw = adres();
            stappen.add(new Stap(moment, 1, () -> stuur(new MoveHuishouden(huishoudenId, nieuw, datum(moment), null),
                    medewerker(eerste.team), null)));
        }
        if (random.nextInt(100) < 4) {
            Instant moment = begin.plusSeconds(DAG * (10 + random.nextInt(60)));
            String achternaam = leden.get(0).naam().substring(leden.get(0).naam().indexOf(' ') + 1);
            Persoon kind = new Persoon(id("persoon"), VOORNAMEN[random.nextInt(VOORNAMEN.length)] + " " + achternaam,
                    datum(moment), bsn(), LidRol.KIND);
            stappen.add(new Stap(moment, 1, () -> stuur(new JoinHuishouden(huishoudenId, kind, datum(moment), null),
                    medewerker(eerste.team), null)));
        }
        List<Persoon> volwassenen = leden.stream().filter(p -> p.rol() != LidRol.KIND).toList();
        if (casussen == 0 && volwassenen.size() > 1 && random.nextInt(100) < 5) {
            Instant moment = begin.plusSeconds(DAG * (10 + random.nextInt(60)));
            Persoon vertrekt = volwassenen.get(1);
            stappen.add(new Stap(moment, 1, () -> stuur(new LeaveHuishouden(huishoudenId, vertrekt.persoonId(),
                    datum(moment), "Verhuisd naar een eigen woning", null), medewerker(eerste.team), null)));
        }
    }

    private static LocalDate datum(Instant moment) {
        return moment.atZone(NEDERLAND).toLocalDate();
    }

    /** The plan's versions and the fate of its actions; answers the moment of the last of them. */
    private Instant plan(String casusId, Instant vastgesteld, Casusregisseur[] regisseur, List<Stap> stappen) {
        List<Doel> doelen = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
            doelen.add(new Doel(Levensdomein.values()[random.nextInt(Levensdomein.values().length)],
                    "Doel " + (i + 1) + ": " + OMSCHRIJVINGEN[random.nextInt(OMSCHRIJVINGEN.length)]));
        }
        List<Actie> acties = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(4); i++) {
            acties.add(actie(vastgesteld));
        }
        stappen.add(new Stap(vastgesteld, 3, () -> stuur(new AdoptPlanVersion(huishoudenId, casusId, doelen,
                List.copyOf(acties), null), regisseur(regisseur[0]), null)));
        List<Actie> alle = new ArrayList<>(acties);
        Instant laatste = vastgesteld;
        if (random.nextInt(100) < 30) {
            Instant tweede = vastgesteld.plusSeconds(DAG * (20 + random.nextInt(40)));
            Actie nieuw = actie(tweede);
            List<Actie> versie2 = new ArrayList<>(acties);
            versie2.add(nieuw);
            alle.add(nieuw);
            stappen.add(new Stap(tweede, 3, () -> stuur(new AdoptPlanVersion(huishoudenId, casusId, doelen,
                    List.copyOf(versie2), null), regisseur(regisseur[0]), null)));
            laatste = tweede;
        }
        for (Actie actie : alle) {
            Instant klaar = later(laatste, actie.deadline().atStartOfDay(NEDERLAND).toInstant()
                    .plusSeconds((long) (DAG * 10 * (random.nextDouble() - 0.6))));
            boolean geannuleerd = random.nextInt(100) < 15;
            stappen.add(new Stap(klaar, 4, () -> stuur(geannuleerd
                    ? new CancelPlanActie(huishoudenId, casusId, actie.actieId(), "Niet meer nodig", null)
                    : new CompletePlanActie(huishoudenId, casusId, actie.actieId(), null),
                    regisseur(regisseur[0]), null)));
            laatste = later(laatste, klaar);
        }
        return laatste;
    }

    private Actie actie(Instant vanaf) {
        LocalDate deadline = vanaf.plusSeconds(DAG * (14 + random.nextInt(76))).atZone(NEDERLAND).toLocalDate();
        return new Actie(id("actie"), ACTIES[random.nextInt(ACTIES.length)],
                EIGENAREN[random.nextInt(EIGENAREN.length)], deadline);
    }

    /** Up the ladder and back: procesregisseur, sometimes the doorbraakteam, now and then an AVE level. */
    private Instant escalatie(String casusId, Instant begin, Casusregisseur[] regisseur, List<Stap> stappen) {
        EscalatieReden reden = EscalatieReden.values()[random.nextInt(EscalatieReden.values().length)];
        Medewerker procesregisseur = new Medewerker(PROCESREGISSEURS[random.nextInt(PROCESREGISSEURS.length)],
                "PROCESREGISSEUR", "PROCESREGIE");
        Medewerker doorbraak = new Medewerker(DOORBRAAKTEAM[random.nextInt(DOORBRAAKTEAM.length)],
                "DOORBRAAKTEAM", "DOORBRAAK");
        Instant moment = begin;
        stappen.add(new Stap(moment, 5, () -> stuur(new EscalateToProcesregisseur(huishoudenId, casusId,
                id("escalatie"), reden, "De keten stagneert rond dit huishouden.", null),
                regisseur(regisseur[0]), null)));
        moment = moment.plusSeconds(DAG * (1 + random.nextInt(5)));
        stappen.add(new Stap(moment, 5, () -> stuur(new TakeUpEscalatie(huishoudenId, casusId,
                procesregisseur.gebruikersnaam(), null), procesregisseur, null)));
        Medewerker terug = procesregisseur;
        if (random.nextInt(100) < 30) {
            moment = moment.plusSeconds(DAG * (7 + random.nextInt(14)));
            stappen.add(new Stap(moment, 5, () -> stuur(new EscalateToDoorbraakteam(huishoudenId, casusId, reden,
                    "Regels staan een passende oplossing in de weg.", null), procesregisseur, null)));
            moment = moment.plusSeconds(DAG * (1 + random.nextInt(5)));
            stappen.add(new Stap(moment, 5, () -> stuur(new TakeUpEscalatie(huishoudenId, casusId,
                    doorbraak.gebruikersnaam(), null), doorbraak, null)));
            terug = doorbraak;
            if (random.nextBoolean()) {
                moment = moment.plusSeconds(DAG * (3 + random.nextInt(10)));
                boolean ja = random.nextInt(10) < 7;
                stappen.add(new Stap(moment, 5, () -> stuur(new DecideDoorbraak(huishoudenId, casusId,
                        id("doorbraak"), new Pijler(true, "Past binnen de bedoeling van de wet."),
                        new Pijler(true, "Het huishouden en de partners doen mee."),
                        new Pijler(ja, ja ? "Voorkomt duurdere zorg later." : "Weegt niet op tegen de kosten."),
                        "Maatwerkoplossing buiten de standaardregels.", null), doorbraak, null)));
            }
            if (random.nextInt(100) < 15) {
                moment = moment.plusSeconds(DAG * (5 + random.nextInt(10)));
                stappen.add(new Stap(moment, 5, () -> stuur(new EscalateUnderAve(huishoudenId, casusId,
                        EscalatieNiveau.PROCESREGISSEUR_ZORG_EN_VEILIGHEIDSHUIS, EscalatieReden.RISICO_ZORG_EN_VEILIGHEID,
                        "Zorg en veiligheid raken elkaar; het Zorg- en Veiligheidshuis neemt de regie.", null),
                        doorbraak, null)));
                moment = moment.plusSeconds(DAG * (1 + random.nextInt(5)));
                stappen.add(new Stap(moment, 5, () -> stuur(new TakeUpEscalatie(huishoudenId, casusId,
                        doorbraak.gebruikersnaam(), null), doorbraak, null)));
                moment = moment.plusSeconds(DAG * (3 + random.nextInt(10)));
                stappen.add(new Stap(moment, 5, () -> stuur(new RecordEscalatieBesluit(huishoudenId, casusId,
                        "Gezamenlijk plan met politie en zorg vastgelegd.", null), doorbraak, null)));
            }
        }
        moment = moment.plusSeconds(DAG * (10 + random.nextInt(20)));
        Medewerker teruggever = terug;
        stappen.add(new Stap(moment, 5, () -> stuur(new HandBackCasus(huishoudenId, casusId,
                "Afgesproken plan: alle partijen houden zich aan de gemaakte afspraken.", null), teruggever, null)));
        return moment;
    }

    /**
     * The fate of a hulpvraag's termijn, planned against its regime's length: most are met in time, some late (after
     * the expiry fired), some are suspended and resumed, the rest left alone: they expire, or the closure stops them.
     */
    private void termijn(String casusId, Hulpvraag hulpvraag, List<Stap> stappen) {
        if (hulpvraag.regime == null) {
            return;
        }
        int dagen = hulpvraag.dagen();
        int lot = random.nextInt(100);
        if (lot < 65) {
            termijnStap(stappen, hulpvraag, hulpvraag.moment.plusSeconds(
                    (long) (DAG * dagen * (0.1 + 0.8 * random.nextDouble()))), 6,
                    new CompleteTermijn(huishoudenId, casusId, hulpvraag.termijnId, null));
        } else if (lot < 75) {
            termijnStap(stappen, hulpvraag, hulpvraag.moment.plusSeconds(
                    (long) (DAG * (dagen * (1.3 + random.nextDouble()) + 4))), 6,
                    new CompleteTermijn(huishoudenId, casusId, hulpvraag.termijnId, null));
        } else if (lot < 87) {
            Instant opgeschort = hulpvraag.moment.plusSeconds(1 + (long) (DAG * dagen * 0.3 * random.nextDouble()));
            Instant hervat = opgeschort.plusSeconds(DAG * (5 + random.nextInt(15)));
            termijnStap(stappen, hulpvraag, opgeschort, 6, new SuspendTermijn(huishoudenId, casusId,
                    hulpvraag.termijnId, "Aanvraag nog niet compleet", null));
            termijnStap(stappen, hulpvraag, hervat, 7, new ResumeTermijn(huishoudenId, casusId,
                    hulpvraag.termijnId, "Gegevens aangevuld", null));
            termijnStap(stappen, hulpvraag, hervat.plusSeconds(1 + (long) (DAG * dagen * 0.3 * random.nextDouble())),
                    8, new CompleteTermijn(huishoudenId, casusId, hulpvraag.termijnId, null));
        }
    }

    /** A step on the clock of a hulpvraag, by a worker of the team it is at when the step is taken. */
    private void termijnStap(List<Stap> stappen, Hulpvraag hulpvraag, Instant moment, int volgorde, Object command) {
        stappen.add(new Stap(moment, volgorde, () -> {
            if (hulpvraag.geregistreerd) {
                stuur(command, medewerker(hulpvraag.team), null);
            }
        }));
    }

    private void sluit(String casusId, List<Hulpvraag> hulpvragen, Casusregisseur regisseur) {
        Map<String, Uitkomst> uitkomsten = new LinkedHashMap<>();
        for (Hulpvraag hulpvraag : hulpvragen) {
            int kans = random.nextInt(100);
            uitkomsten.put(hulpvraag.id, kans < 25 ? Uitkomst.EIGEN_NETWERK : kans < 50 ? Uitkomst.VOORLIGGEND_VELD
                    : kans < 80 ? Uitkomst.MAATWERKVOORZIENING : kans < 92 ? Uitkomst.DOORVERWEZEN
                    : Uitkomst.INGETROKKEN);
        }
        stuur(new CloseCasus(huishoudenId, casusId, uitkomsten, null), regisseur(regisseur), null);
    }

    private Object stuur(Object command, Medewerker wie, String reden) {
        return afzender.stuur(command, nu, wie, reden);
    }

    private Medewerker medewerker(String team) {
        String[] namen = MEDEWERKERS.get(team);
        return new Medewerker(namen[random.nextInt(namen.length)], "TOEGANGSMEDEWERKER", team);
    }

    private static Medewerker regisseur(Casusregisseur regisseur) {
        return new Medewerker(regisseur.gebruikersnaam(), "TOEGANGSMEDEWERKER", regisseur.team());
    }

    private Levensdomein domein(String team) {
        Levensdomein[] domeinen = DOMEINEN.get(team);
        return domeinen[random.nextInt(domeinen.length)];
    }

    /** Moves the story's clock forward; past the present the story ends. */
    private void naar(Instant moment) {
        if (moment.isAfter(nu)) {
            nu = moment;
        }
        if (nu.isAfter(eind)) {
            throw new Heden();
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** An exponentially distributed factor with mean 1: most things take a little while, some take long. */
    private double exp() {
        return -Math.log(1 - random.nextDouble());
    }

    private String id(String soort) {
        return soort + "-" + new UUID(random.nextLong(), random.nextLong());
    }

    /**
     * One to five members: one or two adults (partners, or parents when there are children) and up to three
     * children; fictitious names, valid and unique BSNs (most children's too).
     */
    private List<Persoon> leden() {
        String achternaam = ACHTERNAMEN[random.nextInt(ACHTERNAMEN.length)];
        int vorm = random.nextInt(100);
        int volwassenen = vorm < 35 || (vorm >= 55 && vorm < 75) ? 1 : 2;
        int kinderen = vorm < 55 ? 0 : 1 + random.nextInt(3);
        LidRol rol = kinderen > 0 ? LidRol.OUDER : volwassenen == 2 ? LidRol.PARTNER : LidRol.OVERIG;
        LocalDate vandaag = nu.atZone(NEDERLAND).toLocalDate();
        List<Persoon> personen = new ArrayList<>();
        for (int i = 0; i < volwassenen; i++) {
            String naam = VOORNAMEN[random.nextInt(VOORNAMEN.length)] + " "
                    + (i == 0 ? achternaam : ACHTERNAMEN[random.nextInt(ACHTERNAMEN.length)]);
            personen.add(new Persoon(id("persoon"), naam, vandaag.minusDays(365L * 20 + random.nextInt(365 * 55)),
                    bsn(), rol));
        }
        for (int i = 0; i < kinderen; i++) {
            personen.add(new Persoon(id("persoon"), VOORNAMEN[random.nextInt(VOORNAMEN.length)] + " " + achternaam,
                    vandaag.minusDays(random.nextInt(365 * 18)), random.nextInt(10) < 8 ? bsn() : null, LidRol.KIND));
        }
        return personen;
    }

    /** A fictitious address in the household's wijk: a postcode of the wijk's range, a street of the wijk. */
    private Adres adres() {
        int wijkNummer = java.util.Arrays.asList(WIJKEN).indexOf(wijk);
        String letters;
        do {
            letters = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        } while (letters.equals("SA") || letters.equals("SD") || letters.equals("SS"));
        String[] straten = STRATEN[wijkNummer % STRATEN.length];
        return new Adres((7401 + wijkNummer * 4 + random.nextInt(4)) + letters, 1 + random.nextInt(180),
                random.nextInt(10) == 0 ? String.valueOf((char) ('A' + random.nextInt(4))) : null,
                random.nextInt(25) == 0 ? "BIS" : null, straten[random.nextInt(straten.length)], "Rijnstede");
    }

    /** The next BSN of this household's range that passes the elfproef; none when the range is used up. */
    private String bsn() {
        while (bsnVolgende < 8) {
            long acht = bsnBasis + bsnVolgende++;
            String cijfers = String.format("%08d", acht % 100_000_000L);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (cijfers.charAt(i) - '0');
            }
            String bsn = cijfers + (som % 11);
            if (som % 11 < 10 && Bsn.isValid(bsn)) {
                return bsn;
            }
        }
        return null;
    }

    /** The number of casussen this household had. */
    int casussen() {
        return casussen;
    }

}
