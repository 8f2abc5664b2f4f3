package nl.integraletoegang.ui.escalatie;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Refusing a requested maatwerkbudget: the reason is required, as the requester and the history need it. */
public class BudgetAfwijzingFormulier {

    @NotBlank(message = "Geef de reden waarom je het maatwerkbudget afwijst.")
    @Size(max = 4000, message = "De reden is te lang (hoogstens 4000 tekens).")
    private String reden;

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }
}
