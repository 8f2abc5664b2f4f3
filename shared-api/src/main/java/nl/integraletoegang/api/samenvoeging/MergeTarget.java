package nl.integraletoegang.api.samenvoeging;

/** The answer to {@link VerifyMergeTarget}: the open casus of the target household that takes the hulpvragen in. */
public record MergeTarget(String huishoudenId, String casusId) {
}
