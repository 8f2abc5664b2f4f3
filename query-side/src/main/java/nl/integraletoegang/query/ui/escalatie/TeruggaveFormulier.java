package nl.integraletoegang.query.ui.escalatie;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Handing the casus back to its casusregisseur: only with the plan all parties agreed to. */
public class TeruggaveFormulier {

    @NotBlank(message = "Geef het plan mee waarmee alle partijen akkoord zijn.")
    @Size(max = 8000, message = "Het afgesproken plan is te lang (hoogstens 8000 tekens).")
    private String afgesprokenPlan;

    public String getAfgesprokenPlan() {
        return afgesprokenPlan;
    }

    public void setAfgesprokenPlan(String afgesprokenPlan) {
        this.afgesprokenPlan = afgesprokenPlan;
    }
}
