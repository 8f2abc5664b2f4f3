package nl.integraletoegang.api.casus;

import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Gebruikersnaam;

/** The worker who keeps the overview of a casus, and their team. */
public record Casusregisseur(
        @Gebruikersnaam String gebruikersnaam,
        @Code String team) {
}
