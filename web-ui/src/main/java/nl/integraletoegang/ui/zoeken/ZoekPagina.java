package nl.integraletoegang.ui.zoeken;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results of the header's search field: households to recognise, and a way to register a melding for one. */
@Controller
class ZoekPagina {

    private final Zoekhulp zoekhulp;

    ZoekPagina(Zoekhulp zoekhulp) {
        this.zoekhulp = zoekhulp;
    }

    @GetMapping("/huishoudens/zoeken")
    String zoeken(@RequestParam(required = false) String q, @RequestParam(required = false) String geboortedatum,
                  Model model, HttpServletResponse response) {
        Zoekhulp.Uitkomst uitkomst = zoekhulp.zoek(q, geboortedatum);
        if (uitkomst.fout() != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("uitkomst", uitkomst);
        model.addAttribute("q", q);
        model.addAttribute("geboortedatum", geboortedatum);
        return "zoeken/resultaten";
    }
}
