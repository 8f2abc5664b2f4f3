package nl.integraletoegang.ui.escalatie;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import nl.integraletoegang.api.escalatie.Pijler;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.springframework.validation.Errors;

/**
 * The doorbraakteam's decision on a custom solution: the three questions legitimiteit, betrokkenheid and rendement,
 * each answered yes or no with a motivation, and the solution itself. A "no" is a valid answer: it makes the command
 * side reject the doorbraak, which is a decision too, not an input error.
 */
public class DoorbraakFormulier {

    @Valid
    private Vraag legitimiteit = new Vraag();
    @Valid
    private Vraag betrokkenheid = new Vraag();
    @Valid
    private Vraag rendement = new Vraag();
    @NotBlank(message = "Beschrijf de oplossing waarover het team besluit.")
    @VrijeTekst(max = VrijeTekst.LANG)
    private String oplossing;

    /** One of the three questions. */
    public static class Vraag {
        private Boolean ja;
        @VrijeTekst(max = VrijeTekst.MIDDEL)
        private String motivering;

        Pijler toPijler() {
            return new Pijler(ja, motivering.strip());
        }

        public Boolean getJa() {
            return ja;
        }

        public void setJa(Boolean ja) {
            this.ja = ja;
        }

        public String getMotivering() {
            return motivering;
        }

        public void setMotivering(String motivering) {
            this.motivering = motivering;
        }
    }

    /** Every question needs an answer and a motivation; the messages name the question, also in the summary. */
    void controleer(Errors fouten) {
        controleer(fouten, "legitimiteit", legitimiteit);
        controleer(fouten, "betrokkenheid", betrokkenheid);
        controleer(fouten, "rendement", rendement);
    }

    private static void controleer(Errors fouten, String naam, Vraag vraag) {
        if (vraag.ja == null) {
            fouten.rejectValue(naam + ".ja", "verplicht", "Beantwoord de vraag naar de " + naam + " met ja of nee.");
        }
        if (vraag.motivering == null || vraag.motivering.isBlank()) {
            fouten.rejectValue(naam + ".motivering", "verplicht", "Motiveer het antwoord over de " + naam + ".");
        } else if (vraag.motivering.length() > 4000) {
            fouten.rejectValue(naam + ".motivering", "te-lang", "De motivering over de " + naam
                    + " is te lang (hoogstens 4000 tekens).");
        }
    }

    /** The questions answered "no", with their motivation: why the doorbraak is rejected. */
    List<String> neeAntwoorden() {
        List<String> nee = new ArrayList<>();
        if (Boolean.FALSE.equals(legitimiteit.ja)) {
            nee.add("Legitimiteit: " + legitimiteit.motivering.strip());
        }
        if (Boolean.FALSE.equals(betrokkenheid.ja)) {
            nee.add("Betrokkenheid: " + betrokkenheid.motivering.strip());
        }
        if (Boolean.FALSE.equals(rendement.ja)) {
            nee.add("Rendement: " + rendement.motivering.strip());
        }
        return nee;
    }

    public Vraag getLegitimiteit() {
        return legitimiteit;
    }

    public void setLegitimiteit(Vraag legitimiteit) {
        this.legitimiteit = legitimiteit;
    }

    public Vraag getBetrokkenheid() {
        return betrokkenheid;
    }

    public void setBetrokkenheid(Vraag betrokkenheid) {
        this.betrokkenheid = betrokkenheid;
    }

    public Vraag getRendement() {
        return rendement;
    }

    public void setRendement(Vraag rendement) {
        this.rendement = rendement;
    }

    public String getOplossing() {
        return oplossing;
    }

    public void setOplossing(String oplossing) {
        this.oplossing = oplossing;
    }
}
