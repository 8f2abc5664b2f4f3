package nl.integraletoegang.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids the service makes for what one request creates (a new household, its casus, a hulpvraag, a member): derived
 * from the request's id and the purpose, so a request that is repeated under the same request id names the same
 * things. The write API derives them from the id reserved with an {@code Idempotency-Key}, the web UI from the id of
 * one form submission; both the same way.
 */
public final class AfgeleideIds {

    private AfgeleideIds() {
    }

    public static String id(String requestId, String purpose) {
        return UUID.nameUUIDFromBytes((requestId + "/" + purpose).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
