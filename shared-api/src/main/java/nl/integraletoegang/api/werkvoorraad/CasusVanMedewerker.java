package nl.integraletoegang.api.werkvoorraad;

import java.time.Instant;
import nl.integraletoegang.api.casus.Urgentie;

/** An open casus as its casusregisseur's work list shows it: since when they direct it, and how urgent it is. */
public record CasusVanMedewerker(String casusId, String huishoudenId, String team, Urgentie urgentie,
                                 Instant geopendOp, Instant regisseurSinds) {
}
