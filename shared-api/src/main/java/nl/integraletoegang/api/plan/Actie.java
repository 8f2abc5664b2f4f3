package nl.integraletoegang.api.plan;

import java.time.LocalDate;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.Kalenderdatum;
import nl.integraletoegang.api.veld.Label;
import nl.integraletoegang.api.veld.VrijeTekst;

/** An action of the plan: what, who owns it, and when it is due. */
public record Actie(
        @Identificatie String actieId,
        @VrijeTekst @PersonalData String omschrijving,
        @Label String eigenaar,
        @Kalenderdatum LocalDate deadline) {
}
