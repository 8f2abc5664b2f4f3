package nl.integraletoegang.api.beheer;

/**
 * Asks the query side to process a blocked household's events in a projection again (a query changing only the
 * query side's own state); answered with {@link Projectiebeheer.HuishoudenVerwerking}.
 */
public record VerwerkGeblokkeerdHuishouden(String projectie, String huishoudenId) {
}
