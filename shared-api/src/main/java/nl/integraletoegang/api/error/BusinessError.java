package nl.integraletoegang.api.error;

/**
 * Details of a refused command: which kind of refusal, which rule (a stable name), and an explanation in
 * Dutch that a worker can understand.
 */
public record BusinessError(BusinessErrorCode code, String rule, String detail) {
}
