package nl.integraletoegang.query.samenvoeging;

import java.util.Optional;
import nl.integraletoegang.api.samenvoeging.FindSamenvoegingen;
import nl.integraletoegang.api.samenvoeging.Samenvoegingen;
import nl.integraletoegang.platform.invoer.NotFoundException;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.platform.vrager.Vrager;
import nl.integraletoegang.query.inzage.HuishoudenToegang;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The merges of a household, for every client of the query bus (the API, the household page): only for who works on
 * it (an unrelated worker, or a query without an asker, gets "not found", like for the overview). They hold ids and
 * states, no personal data.
 */
@Component
public class SamenvoegingInzage {

    private final QueryGateway queryGateway;
    private final SamenvoegingProjection projectie;
    private final HuishoudenToegang toegang;

    SamenvoegingInzage(QueryGateway queryGateway, SamenvoegingProjection projectie, HuishoudenToegang toegang) {
        this.queryGateway = queryGateway;
        this.projectie = projectie;
        this.toegang = toegang;
    }

    @QueryHandler
    Optional<Samenvoegingen> handle(FindSamenvoegingen query, MetaData metaData) {
        return Vrager.uit(metaData)
                .filter(vrager -> toegang.magInzien(vrager.medewerker(), query.huishoudenId()))
                .map(vrager -> projectie.handle(query));
    }

    /** The read API's way in: through the query bus, so it gets exactly what every other client gets. */
    public Samenvoegingen inzien(String huishoudenId, Authentication authentication) {
        Toegang.medewerker(authentication);
        return queryGateway.query(new FindSamenvoegingen(huishoudenId),
                        ResponseTypes.optionalInstanceOf(Samenvoegingen.class)).join()
                .orElseThrow(() -> new NotFoundException("Er is geen huishouden met dit id."));
    }
}
