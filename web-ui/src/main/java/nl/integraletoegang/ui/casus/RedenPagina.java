package nl.integraletoegang.ui.casus;

import org.springframework.ui.Model;

/** The one page for actions that need a reason: which action, about what, and where the form goes. */
final class RedenPagina {

    static final String TEMPLATE = "casus/reden";
    static final String FORMULIER = "reden";

    private RedenPagina() {
    }

    static void vul(Model model, String titel, String onderwerp, String actiePad, String knop, String voortgang) {
        model.addAttribute("paginatitel", titel);
        model.addAttribute("onderwerp", onderwerp);
        model.addAttribute("actiePad", actiePad);
        model.addAttribute("knop", knop);
        model.addAttribute("voortgang", voortgang);
    }
}
