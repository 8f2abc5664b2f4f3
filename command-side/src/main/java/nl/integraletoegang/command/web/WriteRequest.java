package nl.integraletoegang.command.web;

/**
 * What every write request may carry besides its body: the household version the client based it on
 * ({@code If-Match}, for optimistic concurrency) and an {@code Idempotency-Key} that makes a retry safe.
 */
public record WriteRequest(Long expectedVersion, String idempotencyKey) {
}
