package nl.integraletoegang.api.casus;

/** The worker who keeps the overview of a casus, and their team. */
public record Casusregisseur(
        String gebruikersnaam,
        String team) {
}
