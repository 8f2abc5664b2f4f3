package nl.integraletoegang.command.web;

/**
 * What every write request may carry besides its body: the household version the client based it on
 * ({@code If-Match}, for optimistic concurrency) and an {@code Idempotency-Key} that makes a retry safe; the
 * path tells a retry of the same request apart from another request with the same key.
 */
public record WriteRequest(Long expectedVersion, String idempotencyKey, String path) {
}
