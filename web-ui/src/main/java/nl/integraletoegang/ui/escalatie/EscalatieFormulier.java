package nl.integraletoegang.ui.escalatie;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.integraletoegang.api.escalatie.EscalatieNiveau;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.veld.VrijeTekst;

/**
 * An escalation one rung up: to the doorbraakteam (the level is implied) or to an AVE level, which the worker picks
 * ({@link #niveau} is then checked by {@link DoorbraakPagina}).
 */
public class EscalatieFormulier {

    private EscalatieNiveau niveau;
    @NotNull(message = "Kies de reden van de escalatie.")
    private EscalatieReden reden;
    @NotBlank(message = "Licht de escalatie toe.")
    @VrijeTekst(max = VrijeTekst.MIDDEL)
    private String toelichting;

    public EscalatieNiveau getNiveau() {
        return niveau;
    }

    public void setNiveau(EscalatieNiveau niveau) {
        this.niveau = niveau;
    }

    public EscalatieReden getReden() {
        return reden;
    }

    public void setReden(EscalatieReden reden) {
        this.reden = reden;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }
}
