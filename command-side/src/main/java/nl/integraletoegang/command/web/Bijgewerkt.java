package nl.integraletoegang.command.web;

import org.springframework.http.ResponseEntity;

/** The answer to a write on a casus: the household's new version, also sent as the {@code ETag}. */
public record Bijgewerkt(String huishoudenId, String casusId, long versie) {

    public static ResponseEntity<Bijgewerkt> ok(String huishoudenId, String casusId, long versie) {
        return ResponseEntity.ok().eTag("\"" + versie + "\"").body(new Bijgewerkt(huishoudenId, casusId, versie));
    }
}
