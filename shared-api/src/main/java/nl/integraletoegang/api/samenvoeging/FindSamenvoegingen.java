package nl.integraletoegang.api.samenvoeging;

/** The merges a household took part in, as source (B) or as target (A). */
public record FindSamenvoegingen(String huishoudenId) {
}
