package nl.integraletoegang.query.samenvoeging;

import nl.integraletoegang.api.samenvoeging.FindSamenvoegingen;
import nl.integraletoegang.api.samenvoeging.Samenvoegingen;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.invoer.NotFoundException;
import nl.integraletoegang.platform.security.Toegang;
import nl.integraletoegang.query.inzage.HuishoudenToegang;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The merges of a household, for the API and the household page: only for who works on it (an unrelated worker gets
 * "not found", like for the overview). They hold ids and states, no personal data.
 */
@Component
public class SamenvoegingInzage {

    private final QueryGateway queryGateway;
    private final HuishoudenToegang toegang;

    SamenvoegingInzage(QueryGateway queryGateway, HuishoudenToegang toegang) {
        this.queryGateway = queryGateway;
        this.toegang = toegang;
    }

    public Samenvoegingen inzien(String huishoudenId, Authentication authentication) {
        Medewerker medewerker = Toegang.medewerker(authentication);
        if (!toegang.magInzien(medewerker, huishoudenId)) {
            throw new NotFoundException("Er is geen huishouden met dit id.");
        }
        return queryGateway.query(new FindSamenvoegingen(huishoudenId),
                ResponseTypes.instanceOf(Samenvoegingen.class)).join();
    }
}
