package nl.integraletoegang.ui.escalatie;

import jakarta.validation.constraints.NotBlank;
import nl.integraletoegang.api.veld.VrijeTekst;

/** Handing the casus back to its casusregisseur: only with the plan all parties agreed to. */
public class TeruggaveFormulier {

    @NotBlank(message = "Geef het plan mee waarmee alle partijen akkoord zijn.")
    @VrijeTekst(max = VrijeTekst.LANG)
    private String afgesprokenPlan;

    public String getAfgesprokenPlan() {
        return afgesprokenPlan;
    }

    public void setAfgesprokenPlan(String afgesprokenPlan) {
        this.afgesprokenPlan = afgesprokenPlan;
    }
}
