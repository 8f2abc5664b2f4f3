package nl.integraletoegang.ui.escalatie;

import jakarta.validation.constraints.NotBlank;
import nl.integraletoegang.api.veld.VrijeTekst;

/** A decision taken under the mandate of the escalation's level. */
public class BesluitFormulier {

    @NotBlank(message = "Beschrijf het besluit.")
    @VrijeTekst(max = VrijeTekst.MIDDEL)
    private String besluit;

    public String getBesluit() {
        return besluit;
    }

    public void setBesluit(String besluit) {
        this.besluit = besluit;
    }
}
