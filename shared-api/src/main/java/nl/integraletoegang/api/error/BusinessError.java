package nl.integraletoegang.api.error;

import java.util.Map;

/**
 * Details of a refused command: which kind of refusal, which rule (a stable name), and an explanation in
 * Dutch that a worker can understand. {@code eigenschappen} name what the refusal is about for a client to act on
 * (e.g. {@code huishoudenId}: the household that holds a BSN); ids only, never personal data. Empty when none.
 */
public record BusinessError(BusinessErrorCode code, String rule, String detail, Map<String, String> eigenschappen) {

    public BusinessError {
        eigenschappen = eigenschappen == null ? Map.of() : Map.copyOf(eigenschappen);
    }

    public BusinessError(BusinessErrorCode code, String rule, String detail) {
        this(code, rule, detail, Map.of());
    }
}
