package nl.integraletoegang.api.plan;

import java.time.LocalDate;
import nl.integraletoegang.api.privacy.PersonalData;

/** An action of the plan: what, who owns it, and when it is due. */
public record Actie(
        String actieId,
        @PersonalData String omschrijving,
        String eigenaar,
        LocalDate deadline) {
}
