package nl.integraletoegang.api.werkvoorraad;

/** How much work a team has right now: hulpvragen to triage, open casussen it directs, running and expired termijnen. */
public record WerkvoorraadStand(String team, long teTriageren, long openCasussen, long lopendeTermijnen,
                                long verlopenTermijnen) {
}
