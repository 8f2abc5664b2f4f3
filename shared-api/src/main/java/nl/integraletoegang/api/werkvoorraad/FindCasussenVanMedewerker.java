package nl.integraletoegang.api.werkvoorraad;

/**
 * Asks for one page of the open casussen a worker is casusregisseur of. With {@code alleenTeam} only those they
 * direct for that team: a colleague sees what their own team is responsible for, not more.
 */
public record FindCasussenVanMedewerker(String gebruikersnaam, String alleenTeam, int page, int size,
                                        Volgorde volgorde) {
}
