package nl.integraletoegang.api.werkvoorraad;

import java.time.Instant;
import nl.integraletoegang.api.casus.Urgentie;

/**
 * An open casus as its casusregisseur's work list shows it: since when they direct it, how urgent it is, and how many
 * hulpvragen joined it since then ({@code nieuweHulpvragen}: meldingen that came in at any door after triage, which
 * no team's triage list shows, because the casus already has its regisseur). The household is shown by its label.
 */
public record CasusVanMedewerker(String casusId, String huishoudenId, String label, String team, Urgentie urgentie,
                                 Instant geopendOp, Instant regisseurSinds, long nieuweHulpvragen) {
}
