package nl.integraletoegang.query.huishouden;

import java.util.Optional;
import nl.integraletoegang.api.huishouden.FindHuishoudenOverzicht;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.platform.invoer.NotFoundException;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.platform.vrager.Vrager;
import nl.integraletoegang.query.inzage.HuishoudenToegang;
import nl.integraletoegang.query.inzage.InzageLog;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reading a household's overview, for every client of the query bus (the API, the web UI): only for who works on it
 * (an unrelated worker gets the same "not found" as for an unknown id, so a guessed id reveals nothing), and every
 * read is logged in the access log before anything personal is returned. The asker travels with the query
 * ({@link Vrager}); a query without one is answered as if the household were unknown.
 */
@Component
public class HuishoudenInzage {

    private final QueryGateway queryGateway;
    private final HuishoudenOverzichtReader reader;
    private final HuishoudenToegang toegang;
    private final InzageLog inzageLog;

    HuishoudenInzage(QueryGateway queryGateway, HuishoudenOverzichtReader reader, HuishoudenToegang toegang,
                     InzageLog inzageLog) {
        this.queryGateway = queryGateway;
        this.reader = reader;
        this.toegang = toegang;
        this.inzageLog = inzageLog;
    }

    @QueryHandler
    Optional<HuishoudenOverzicht> handle(FindHuishoudenOverzicht query, MetaData metaData) {
        Optional<Vrager> vrager = Vrager.uit(metaData)
                .filter(wie -> toegang.magInzien(wie.medewerker(), query.huishoudenId()));
        if (vrager.isEmpty()) {
            return Optional.empty();
        }
        Optional<HuishoudenOverzicht> overzicht = reader.read(query.huishoudenId());
        // the overview shows the open casus: the entry names it, so an auditor sees which casus was looked into
        overzicht.ifPresent(gelezen -> inzageLog.registreer(vrager.get(), query.huishoudenId(),
                gelezen.openCasus() == null ? null : gelezen.openCasus().casusId()));
        return overzicht;
    }

    /** The read API's way in: through the query bus, so it gets exactly what every other client gets. */
    public HuishoudenOverzicht inzien(String huishoudenId, Authentication authentication) {
        Toegang.medewerker(authentication);
        return queryGateway.query(new FindHuishoudenOverzicht(huishoudenId),
                        ResponseTypes.optionalInstanceOf(HuishoudenOverzicht.class)).join()
                .orElseThrow(() -> onbekend(huishoudenId));
    }

    static NotFoundException onbekend(String huishoudenId) {
        return new NotFoundException("Er is geen huishouden met dit id.");
    }
}
