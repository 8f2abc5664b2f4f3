package nl.integraletoegang.api.werkvoorraad;

/**
 * One change to one of a team's work lists, pushed to whoever follows the team. It names what changed by id only
 * ({@code onderwerpId}: the hulpvraag, casus or termijn); a client fetches the list again for the details.
 */
public record WerkvoorraadWijziging(String team, Werklijst lijst, Soort soort, String huishoudenId, String casusId,
                                    String onderwerpId) {

    /** The work lists of a team. */
    public enum Werklijst {
        TE_TRIAGEREN,
        CASUSSEN,
        TERMIJNEN
    }

    /** Whether the item came onto the list, changed on it, or left it. */
    public enum Soort {
        TOEGEVOEGD,
        BIJGEWERKT,
        VERWIJDERD
    }
}
