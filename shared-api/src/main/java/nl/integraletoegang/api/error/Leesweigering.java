package nl.integraletoegang.api.error;

/**
 * Details of a refused query, as they travel with Axon's {@code QueryExecutionException} (also through Axon Server,
 * where the exception's own type does not): the HTTP status it stands for (403, 404, 409) and a Dutch explanation for
 * the worker, without anything personal.
 */
public record Leesweigering(int status, String detail) {
}
