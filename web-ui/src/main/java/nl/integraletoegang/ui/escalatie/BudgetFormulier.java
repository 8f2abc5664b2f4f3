package nl.integraletoegang.ui.escalatie;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.springframework.validation.Errors;

/**
 * A request for maatwerkbudget for an approved doorbraak. The amount is typed the Dutch way (2450,00 or 2450.00), so
 * it is read as text. The requester is the logged-in worker; another member of the doorbraakteam approves or refuses
 * the request on the same page, acting themselves (the command side's four-eyes rule).
 */
public class BudgetFormulier {

    @NotBlank(message = "Geef het bedrag in euro's.")
    @Pattern(regexp = "\\s*\\d{1,9}([.,]\\d{1,2})?\\s*",
            message = "Geef het bedrag in euro's met hoogstens twee decimalen, bijvoorbeeld 2450,00.")
    private String bedrag;
    @VrijeTekst
    private String bestemming;

    void controleer(Errors fouten) {
        if (!fouten.hasFieldErrors("bedrag") && bedragInEuro().signum() <= 0) {
            fouten.rejectValue("bedrag", "positief", "Het bedrag moet groter zijn dan nul.");
        }
    }

    BigDecimal bedragInEuro() {
        return new BigDecimal(bedrag.strip().replace(',', '.'));
    }

    public String getBedrag() {
        return bedrag;
    }

    public void setBedrag(String bedrag) {
        this.bedrag = bedrag;
    }

    public String getBestemming() {
        return bestemming;
    }

    public void setBestemming(String bestemming) {
        this.bestemming = bestemming;
    }
}
