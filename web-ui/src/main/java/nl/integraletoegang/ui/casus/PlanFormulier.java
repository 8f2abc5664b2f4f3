package nl.integraletoegang.ui.casus;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.api.plan.Actie;
import nl.integraletoegang.api.plan.ActieStatus;
import nl.integraletoegang.api.plan.Doel;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Label;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A new version of the plan as the worker edits it: the current version's goals and actions, plus empty rows to add
 * more. Empty rows are ignored; an action keeps its id, so its status carries over to the new version.
 */
public class PlanFormulier {

    /** The household's version the form was based on: adopting it over a newer plan is refused, not merged. */
    private Long versie;
    @Valid
    private List<DoelRij> doelen = new ArrayList<>();
    @Valid
    private List<ActieRij> acties = new ArrayList<>();

    static PlanFormulier van(HuishoudenOverzicht.Plan plan, Long versie) {
        PlanFormulier formulier = new PlanFormulier();
        formulier.versie = versie;
        if (plan != null) {
            plan.doelen().forEach(doel -> formulier.doelen.add(new DoelRij(doel.levensdomein(), doel.omschrijving())));
            plan.acties().stream().filter(actie -> actie.status() != ActieStatus.GEANNULEERD).forEach(actie ->
                    formulier.acties.add(new ActieRij(actie.actieId(), actie.omschrijving(), actie.eigenaar(),
                            actie.deadline())));
        }
        formulier.doelen.add(new DoelRij());
        formulier.acties.add(new ActieRij());
        return formulier;
    }

    void controleer(Errors fouten) {
        if (ingevuldeDoelen().isEmpty()) {
            fouten.reject("geen-doel", "Een plan heeft ten minste één doel.");
            fouten.rejectValue("doelen[0].omschrijving", "geen-doel", "Beschrijf ten minste één doel.");
        }
        for (int i = 0; i < doelen.size(); i++) {
            DoelRij doel = doelen.get(i);
            if (!doel.isLeeg() && doel.levensdomein == null) {
                fouten.rejectValue("doelen[" + i + "].levensdomein", "verplicht",
                        "Kies het levensdomein van doel " + (i + 1) + ".");
            }
            if (!doel.isLeeg() && isBlank(doel.omschrijving)) {
                fouten.rejectValue("doelen[" + i + "].omschrijving", "verplicht", "Beschrijf doel " + (i + 1) + ".");
            }
        }
        for (int i = 0; i < acties.size(); i++) {
            ActieRij actie = acties.get(i);
            if (actie.isLeeg()) {
                continue;
            }
            String rij = "acties[" + i + "].";
            if (isBlank(actie.omschrijving)) {
                fouten.rejectValue(rij + "omschrijving", "verplicht", "Beschrijf actie " + (i + 1) + ".");
            }
            if (isBlank(actie.eigenaar)) {
                fouten.rejectValue(rij + "eigenaar", "verplicht", "Geef de eigenaar van actie " + (i + 1) + ".");
            }
            if (actie.deadline == null && !fouten.hasFieldErrors(rij + "deadline")) {
                fouten.rejectValue(rij + "deadline", "verplicht", "Geef de deadline van actie " + (i + 1) + ".");
            }
        }
    }

    List<Doel> ingevuldeDoelen() {
        return doelen.stream().filter(doel -> !doel.isLeeg() && doel.levensdomein != null)
                .map(doel -> new Doel(doel.levensdomein, doel.omschrijving.strip())).toList();
    }

    List<Actie> ingevuldeActies() {
        return acties.stream().filter(actie -> !actie.isLeeg())
                .map(actie -> new Actie(isBlank(actie.actieId) ? UUID.randomUUID().toString() : actie.actieId,
                        actie.omschrijving.strip(), actie.eigenaar.strip(), actie.deadline))
                .toList();
    }

    void voegDoelToe() {
        doelen.add(new DoelRij());
    }

    void voegActieToe() {
        acties.add(new ActieRij());
    }

    private static boolean isBlank(String waarde) {
        return waarde == null || waarde.isBlank();
    }

    public Long getVersie() {
        return versie;
    }

    public void setVersie(Long versie) {
        this.versie = versie;
    }

    public List<DoelRij> getDoelen() {
        return doelen;
    }

    public void setDoelen(List<DoelRij> doelen) {
        this.doelen = doelen;
    }

    public List<ActieRij> getActies() {
        return acties;
    }

    public void setActies(List<ActieRij> acties) {
        this.acties = acties;
    }

    /** One goal row. */
    public static class DoelRij {
        private Levensdomein levensdomein;
        @VrijeTekst
        private String omschrijving;

        public DoelRij() {
        }

        DoelRij(Levensdomein levensdomein, String omschrijving) {
            this.levensdomein = levensdomein;
            this.omschrijving = omschrijving;
        }

        boolean isLeeg() {
            return isBlank(omschrijving);
        }

        public Levensdomein getLevensdomein() {
            return levensdomein;
        }

        public void setLevensdomein(Levensdomein levensdomein) {
            this.levensdomein = levensdomein;
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public void setOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
        }
    }

    /** One action row; {@code actieId} is empty for a new action. */
    public static class ActieRij {
        @Identificatie
        private String actieId;
        @VrijeTekst
        private String omschrijving;
        @Label
        private String eigenaar;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;

        public ActieRij() {
        }

        ActieRij(String actieId, String omschrijving, String eigenaar, LocalDate deadline) {
            this.actieId = actieId;
            this.omschrijving = omschrijving;
            this.eigenaar = eigenaar;
            this.deadline = deadline;
        }

        boolean isLeeg() {
            return isBlank(omschrijving) && isBlank(eigenaar) && deadline == null;
        }

        public String getActieId() {
            return actieId;
        }

        public void setActieId(String actieId) {
            this.actieId = actieId;
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public void setOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String getEigenaar() {
            return eigenaar;
        }

        public void setEigenaar(String eigenaar) {
            this.eigenaar = eigenaar;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }
    }
}
