package nl.integraletoegang.api.casus;

import nl.integraletoegang.api.audit.Identiteit;
import nl.integraletoegang.api.veld.Code;
import nl.integraletoegang.api.veld.Gebruikersnaam;

/**
 * The worker who keeps the overview of a casus, and their team. The user name is kept in its normalised form (see
 * {@link Identiteit}), also when read from an older event, so "works on" checks and work lists compare like with
 * like.
 */
public record Casusregisseur(
        @Gebruikersnaam String gebruikersnaam,
        @Code String team) {

    public Casusregisseur {
        gebruikersnaam = Identiteit.normaliseer(gebruikersnaam);
    }
}
