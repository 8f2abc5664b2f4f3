package nl.integraletoegang.command.web;

import nl.integraletoegang.platform.web.AfgeleideIds;

/**
 * The ids the server generates for one write request (a new termijn, escalatie, doorbraak, ...). They derive from the
 * request id: a retry with the same {@code Idempotency-Key} gets the request id reserved with the key, and so the
 * same ids as the first attempt.
 */
public record RequestIds(String requestId) {

    /** The id for what the request creates, named by its purpose ({@code "termijn"}, {@code "lid-0"}, ...). */
    public String id(String purpose) {
        return AfgeleideIds.id(requestId, purpose);
    }
}
