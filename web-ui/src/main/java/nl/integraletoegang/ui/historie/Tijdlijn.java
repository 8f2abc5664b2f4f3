package nl.integraletoegang.ui.historie;

import nl.integraletoegang.api.historie.CasusHistorie;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a casus history as the timeline shows it, newest first: which events of how many, and the links to
 * the newer and the older page (absent at either end), keeping the actor filter.
 */
record Tijdlijn(CasusHistorie historie, String actor, int eerste, int laatste, String nieuwer, String ouder) {

    static final int GROOTTE = 20;

    static Tijdlijn van(CasusHistorie historie, String actor) {
        int pagina = historie.pagina();
        int eerste = pagina * GROOTTE + 1;
        int laatste = pagina * GROOTTE + historie.regels().size();
        String nieuwer = pagina > 0 ? pad(historie.casusId(), actor, pagina - 1) : null;
        String ouder = (long) (pagina + 1) * GROOTTE < historie.totaal()
                ? pad(historie.casusId(), actor, pagina + 1) : null;
        return new Tijdlijn(historie, actor, eerste, laatste, nieuwer, ouder);
    }

    private static String pad(String casusId, String actor, int pagina) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/casussen/{casus}/historie");
        if (actor != null) {
            uri.queryParam("actor", actor);
        }
        if (pagina > 0) {
            uri.queryParam("pagina", pagina);
        }
        return uri.encode().buildAndExpand(casusId).toUriString();
    }
}
