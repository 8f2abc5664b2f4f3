package nl.integraletoegang.query.huishouden;

import nl.integraletoegang.api.huishouden.FindHuishoudenOverzicht;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.invoer.NotFoundException;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.query.inzage.HuishoudenToegang;
import nl.integraletoegang.query.inzage.InzageLog;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reading a household's overview, for the API and the pages alike: only for who works on it (an unrelated worker
 * gets the same "not found" as for an unknown id, so a guessed id reveals nothing), and every read is logged in the
 * access log before anything personal is returned.
 */
@Component
public class HuishoudenInzage {

    private final QueryGateway queryGateway;
    private final HuishoudenToegang toegang;
    private final InzageLog inzageLog;

    HuishoudenInzage(QueryGateway queryGateway, HuishoudenToegang toegang, InzageLog inzageLog) {
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
        // the overview shows the open casus: the entry names it, so an auditor sees which casus was looked into
        inzageLog.registreer(medewerker, huishoudenId,
                overzicht.openCasus() == null ? null : overzicht.openCasus().casusId());
        return overzicht;
    }

    /** The open casus of the household, for a page that acts on it. */
    public HuishoudenOverzicht.OpenCasus openCasus(String huishoudenId, String casusId,
                                                   Authentication authentication) {
        HuishoudenOverzicht.OpenCasus casus = inzien(huishoudenId, authentication).openCasus();
        if (casus == null || !casus.casusId().equals(casusId)) {
            throw new NotFoundException("Dit huishouden heeft geen open casus met dit id.");
        }
        return casus;
    }

    static NotFoundException onbekend(String huishoudenId) {
        return new NotFoundException("Er is geen huishouden met dit id.");
    }
}
