package nl.integraletoegang.api.huishouden;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.plan.ActieStatus;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.termijn.TermijnStatus;

/**
 * A household as its workers see it: the label they recognise it by ({@link HuishoudenLabel}), its address, its
 * members (current and past, with their role and dates) and its one open casus (absent when none is open) with the
 * one regisseur, the one adopted plan, the hulpvragen per levensdomein and team, the escalation state and the running
 * termijnen. {@code adres} is absent while none is known or after the household's erasure.
 */
public record HuishoudenOverzicht(String huishoudenId, @PersonalData String label, @PersonalData Adres adres,
                                  List<Lid> leden, OpenCasus openCasus) {

    public HuishoudenOverzicht {
        leden = List.copyOf(leden);
    }

    /** An overview without label and address, as it was before households had them. */
    public HuishoudenOverzicht(String huishoudenId, List<Lid> leden, OpenCasus openCasus) {
        this(huishoudenId, HuishoudenLabel.ZONDER_GEGEVENS, null, leden, openCasus);
    }

    /**
     * A member of the household; the BSN is not shown in the overview (need-to-know), the dossier export has it.
     * {@code sinds} is the day they joined (or were registered), {@code vertrokkenOp} the day they left (absent for a
     * current member); {@code rol} is absent for members registered before roles existed.
     */
    public record Lid(String persoonId, @PersonalData(subject = "persoonId") String naam,
                      @PersonalData(subject = "persoonId") LocalDate geboortedatum, LidRol rol, LocalDate sinds,
                      LocalDate vertrokkenOp) {

        public Lid(String persoonId, String naam, LocalDate geboortedatum) {
            this(persoonId, naam, geboortedatum, null, null, null);
        }
    }

    public record OpenCasus(String casusId, Instant geopendOp, Regisseur regisseur, Urgentie urgentie, Plan plan,
                            Escalatie escalatie, List<Hulpvraag> hulpvragen,
                            Map<Levensdomein, Long> hulpvragenPerLevensdomein, Map<String, Long> hulpvragenPerTeam,
                            List<Termijn> termijnen) {

        public OpenCasus {
            hulpvragen = List.copyOf(hulpvragen);
            hulpvragenPerLevensdomein = Map.copyOf(hulpvragenPerLevensdomein);
            hulpvragenPerTeam = Map.copyOf(hulpvragenPerTeam);
            termijnen = List.copyOf(termijnen);
        }
    }

    public record Hulpvraag(String hulpvraagId, Kanaal kanaal, String team, Set<Levensdomein> levensdomeinen,
                            @PersonalData String omschrijving, Instant geregistreerdOp) {

        public Hulpvraag {
            levensdomeinen = Set.copyOf(levensdomeinen);
        }
    }

    /** The one casusregisseur, appointed at triage. */
    public record Regisseur(String gebruikersnaam, String team) {
    }

    /** The adopted plan version; {@code openActies} and {@code verlopenActies} count the current version's. */
    public record Plan(int versie, Instant vastgesteldOp, List<Doel> doelen, List<Actie> acties, int openActies,
                       int verlopenActies) {

        public Plan {
            doelen = List.copyOf(doelen);
            acties = List.copyOf(acties);
        }
    }

    public record Doel(Levensdomein levensdomein, @PersonalData String omschrijving) {
    }

    /** {@code verlopen} when open past its deadline. */
    public record Actie(String actieId, @PersonalData String omschrijving, String eigenaar, LocalDate deadline,
                        ActieStatus status, boolean verlopen) {
    }

    /**
     * The running escalation: at which level since when, why, who took it up (absent while waiting), and the
     * doorbraken decided in this trajectory, oldest first.
     */
    public record Escalatie(EscalatieNiveau niveau, EscalatieReden reden, Instant sinds, String opgepaktDoor,
                            List<Doorbraak> doorbraken) {

        public Escalatie {
            doorbraken = List.copyOf(doorbraken);
        }
    }

    /**
     * A doorbraak the doorbraakteam decided on: approved only when all three pillars were "yes". {@code budget} is
     * the maatwerkbudget granted for it, absent while none is. {@code aangevraagdBudget} is an amount requested
     * and waiting for another member's approval, with {@code budgetAanvrager} the requester's normalised identity;
     * both are absent when no request waits.
     */
    public record Doorbraak(String doorbraakId, boolean goedgekeurd, @PersonalData String oplossing,
                            Instant beslotenOp, BigDecimal budget, BigDecimal aangevraagdBudget,
                            String budgetAanvrager) {
    }

    /**
     * A termijn of the casus and where its clock stands. For a running clock {@code dagenOver} counts the calendar days
     * left before its last day (0 on the last day itself).
     */
    public record Termijn(String termijnId, String hulpvraagId, String regime, TermijnStatus status, Instant vervaltOp,
                          Long dagenOver) {
    }
}
