package nl.integraletoegang.ui.casus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.veld.Gebruikersnaam;
import nl.integraletoegang.api.veld.VrijeTekst;

/** The brede uitvraag as a form. The regisseur's team follows from the hulpvraag chosen as the heaviest. */
public class TriageFormulier {

    @NotBlank(message = "Beschrijf de integrale hulpvraag.")
    @VrijeTekst(max = VrijeTekst.LANG)
    private String integraleHulpvraag;
    @NotEmpty(message = "Kies ten minste één levensdomein.")
    private Set<Levensdomein> levensdomeinen = EnumSet.noneOf(Levensdomein.class);
    @NotNull(message = "Kies de urgentie.")
    private Urgentie urgentie;
    @NotBlank(message = "Kies welke hulpvraag het zwaarste vraagstuk is.")
    private String zwaarsteVraagstuk;
    @NotBlank(message = "Geef de gebruikersnaam van de casusregisseur.")
    @Gebruikersnaam
    private String regisseur;

    public String getIntegraleHulpvraag() {
        return integraleHulpvraag;
    }

    public void setIntegraleHulpvraag(String integraleHulpvraag) {
        this.integraleHulpvraag = integraleHulpvraag;
    }

    public Set<Levensdomein> getLevensdomeinen() {
        return levensdomeinen;
    }

    public void setLevensdomeinen(Set<Levensdomein> levensdomeinen) {
        this.levensdomeinen = levensdomeinen;
    }

    public Urgentie getUrgentie() {
        return urgentie;
    }

    public void setUrgentie(Urgentie urgentie) {
        this.urgentie = urgentie;
    }

    public String getZwaarsteVraagstuk() {
        return zwaarsteVraagstuk;
    }

    public void setZwaarsteVraagstuk(String zwaarsteVraagstuk) {
        this.zwaarsteVraagstuk = zwaarsteVraagstuk;
    }

    public String getRegisseur() {
        return regisseur;
    }

    public void setRegisseur(String regisseur) {
        this.regisseur = regisseur;
    }
}
