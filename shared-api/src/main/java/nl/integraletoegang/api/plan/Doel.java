package nl.integraletoegang.api.plan;

import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.privacy.PersonalData;

/** A goal of the plan within one levensdomein. */
public record Doel(
        Levensdomein levensdomein,
        @PersonalData String omschrijving) {
}
