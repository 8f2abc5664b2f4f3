package nl.integraletoegang.command.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answer to a write that created something within the casus: its id and the household's new version. */
public record Aangemaakt(String id, String huishoudenId, String casusId, long versie) {

    public static ResponseEntity<Aangemaakt> created(String id, String huishoudenId, String casusId, long versie) {
        return ResponseEntity.status(HttpStatus.CREATED).eTag("\"" + versie + "\"")
                .body(new Aangemaakt(id, huishoudenId, casusId, versie));
    }
}
