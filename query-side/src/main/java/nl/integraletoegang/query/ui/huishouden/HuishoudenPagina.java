package nl.integraletoegang.query.ui.huishouden;

import nl.integraletoegang.api.huishouden.FindHuishoudenOverzicht;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.query.NotFoundException;
import nl.integraletoegang.query.Toegang;
import nl.integraletoegang.query.inzage.HuishoudenToegang;
import nl.integraletoegang.query.inzage.InzageLog;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The household page: 1 huishouden, 1 plan, 1 regisseur on one screen, with the actions the worker's role can take.
 * Need to know and the access log work as in the read API: an unrelated worker gets the same "not found" as for an
 * unknown id, and every view is logged before anything personal is shown.
 */
@Controller
public class HuishoudenPagina {

    private final Huishoudens huishoudens;

    HuishoudenPagina(Huishoudens huishoudens) {
        this.huishoudens = huishoudens;
    }

    @GetMapping("/huishoudens/{huishoudenId}")
    String pagina(@PathVariable String huishoudenId, Authentication authentication, Model model) {
        model.addAttribute("huishouden", huishoudens.inzien(huishoudenId, authentication));
        return "huishouden/pagina";
    }

    /** Reads a household for a page, with the need-to-know check and the access log entry. */
    @Component
    public static class Huishoudens {

        private final QueryGateway queryGateway;
        private final HuishoudenToegang toegang;
        private final InzageLog inzageLog;

        Huishoudens(QueryGateway queryGateway, HuishoudenToegang toegang, InzageLog inzageLog) {
            this.queryGateway = queryGateway;
            this.toegang = toegang;
            this.inzageLog = inzageLog;
        }

        public HuishoudenOverzicht inzien(String huishoudenId, Authentication authentication) {
            Medewerker medewerker = Toegang.medewerker(authentication);
            if (!toegang.magInzien(medewerker, huishoudenId)) {
                throw onbekend(huishoudenId);
            }
            HuishoudenOverzicht overzicht = queryGateway.query(new FindHuishoudenOverzicht(huishoudenId),
                    ResponseTypes.optionalInstanceOf(HuishoudenOverzicht.class)).join()
                    .orElseThrow(() -> onbekend(huishoudenId));
            inzageLog.registreer(medewerker, huishoudenId, null);
            return overzicht;
        }

        /** The open casus of the household, for a page that acts on it. */
        public HuishoudenOverzicht.OpenCasus openCasus(String huishoudenId, String casusId,
                                                       Authentication authentication) {
            HuishoudenOverzicht.OpenCasus casus = inzien(huishoudenId, authentication).openCasus();
            if (casus == null || !casus.casusId().equals(casusId)) {
                throw new NotFoundException("Dit huishouden heeft geen open casus met id " + casusId + ".");
            }
            return casus;
        }

        private static NotFoundException onbekend(String huishoudenId) {
            return new NotFoundException("Er is geen huishouden met id " + huishoudenId + ", of je werkt er niet aan.");
        }
    }
}
