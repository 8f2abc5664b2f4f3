package nl.integraletoegang.ui.figuren;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.integraletoegang.api.figuren.ManagementFiguren;
import nl.integraletoegang.api.figuren.Periodesoort;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The management dashboard: the figures of DESIGN §4 per period and wijk, free of personal data. The filter is a
 * plain GET form; with htmx only the filter and the figures are replaced and the address follows, so a filtered
 * view can be bookmarked and shared, with or without script.
 */
@Controller
class FigurenPagina {

    private static final Locale NL = Locale.forLanguageTag("nl");

    private final QueryGateway queryGateway;
    private final MessageSource teksten;

    FigurenPagina(QueryGateway queryGateway, MessageSource teksten) {
        this.queryGateway = queryGateway;
        this.teksten = teksten;
    }

    @GetMapping("/figuren")
    String dashboard(@ModelAttribute("filter") FigurenFilter filter, BindingResult fouten, Model model,
                     @RequestHeader(name = "HX-Request", required = false) String htmx,
                     @RequestHeader(name = "HX-History-Restore-Request", required = false) String herstel,
                     HttpServletResponse response) {
        // the same address answers with the whole page or, to htmx, with the part it swaps: caches must tell apart
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        model.addAttribute("periodesoorten", Periodesoort.values());
        filter.controleer(fouten);
        if (fouten.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } else {
            ManagementFiguren figuren = queryGateway.query(filter.query(),
                    ResponseTypes.instanceOf(ManagementFiguren.class)).join();
            model.addAttribute("dashboard", FigurenDashboard.van(figuren,
                    sleutel -> teksten.getMessage(sleutel, null, sleutel, NL)));
            model.addAttribute("csv", filter.csvPad());
        }
        boolean alleenFiguren = "true".equals(htmx) && herstel == null;
        return alleenFiguren ? "figuren/dashboard :: figuren" : "figuren/dashboard";
    }
}
