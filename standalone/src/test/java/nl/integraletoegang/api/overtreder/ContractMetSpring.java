package nl.integraletoegang.api.overtreder;

/** Breaks the contract's room on purpose, for {@code ArchitectuurTest}: a contract class using Spring. */
public record ContractMetSpring(org.springframework.http.HttpStatus status) {
}
