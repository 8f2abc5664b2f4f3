package nl.integraletoegang.query.ui.escalatie;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A decision taken under the mandate of the escalation's level. */
public class BesluitFormulier {

    @NotBlank(message = "Beschrijf het besluit.")
    @Size(max = 4000, message = "Het besluit is te lang (hoogstens 4000 tekens).")
    private String besluit;

    public String getBesluit() {
        return besluit;
    }

    public void setBesluit(String besluit) {
        this.besluit = besluit;
    }
}
