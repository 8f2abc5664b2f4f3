package nl.integraletoegang.query.ui.beheer;

import nl.integraletoegang.query.beheer.Projecties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The beheerder's page: every projection with its state, how far it lags and its dead letters, and a rebuild from
 * the event store. A rebuild runs in the background and can take a while, so the page shows its progress: with htmx
 * it asks every second until the projection has caught up; without script a reload shows the same.
 */
@Controller
class BeheerPagina {

    private final Projecties projecties;

    BeheerPagina(Projecties projecties) {
        this.projecties = projecties;
    }

    @GetMapping("/beheer")
    String pagina(@RequestParam(name = "herbouw", required = false) String naam, Model model) {
        vul(model, naam == null ? null : voortgang(naam));
        return "beheer/pagina";
    }

    /** The answer to each poll: the poller (gone once caught up), the progress text and the table. */
    @GetMapping("/beheer/voortgang")
    String voortgang(@RequestParam("herbouw") String naam, Model model) {
        vul(model, voortgang(naam));
        return "beheer/pagina :: voortgang";
    }

    @PostMapping("/beheer/projecties/{naam}/herbouw")
    String herbouw(@PathVariable String naam, @RequestHeader(name = "HX-Request", required = false) String htmx,
                   Model model) {
        projecties.herbouw(naam);
        if ("true".equals(htmx)) {
            // the first answer always polls once more, so a rebuild that is over at once is still seen to finish
            vul(model, Herbouw.gestart(naam));
            return "beheer/pagina :: voortgang";
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/beheer").queryParam("herbouw", naam).encode().build()
                .toUriString();
    }

    private Herbouw voortgang(String naam) {
        return Herbouw.van(projecties.stand(naam), projecties.kop());
    }

    private void vul(Model model, Herbouw herbouw) {
        model.addAttribute("standen", projecties.standen());
        model.addAttribute("herbouw", herbouw);
    }
}
