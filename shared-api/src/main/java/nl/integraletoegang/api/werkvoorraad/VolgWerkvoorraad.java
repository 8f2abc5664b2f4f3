package nl.integraletoegang.api.werkvoorraad;

/**
 * The subscription query behind a team's live work list: answered first with the team's {@link WerkvoorraadStand},
 * then with a {@link WerkvoorraadWijziging} for every change to one of the team's lists.
 */
public record VolgWerkvoorraad(String team) {
}
