package nl.integraletoegang.api.plan;

import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.privacy.PersonalData;
import nl.integraletoegang.api.veld.VrijeTekst;

/** A goal of the plan within one levensdomein. */
public record Doel(
        Levensdomein levensdomein,
        @VrijeTekst @PersonalData String omschrijving) {
}
