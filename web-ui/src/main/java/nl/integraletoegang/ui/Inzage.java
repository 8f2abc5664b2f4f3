package nl.integraletoegang.ui;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import nl.integraletoegang.api.historie.CasusHistorie;
import nl.integraletoegang.api.historie.CasussenVanHuishouden;
import nl.integraletoegang.api.historie.FindCasusHistorie;
import nl.integraletoegang.api.historie.FindCasussenVanHuishouden;
import nl.integraletoegang.api.historie.FindHuishoudenVanCasus;
import nl.integraletoegang.api.huishouden.FindHuishoudenOverzicht;
import nl.integraletoegang.api.huishouden.FindHuishoudenVersie;
import nl.integraletoegang.api.huishouden.HuishoudenOverzicht;
import nl.integraletoegang.api.samenvoeging.FindSamenvoegingen;
import nl.integraletoegang.api.samenvoeging.Samenvoegingen;
import nl.integraletoegang.api.error.Leesweigering;
import nl.integraletoegang.platform.invoer.GeenToegangException;
import nl.integraletoegang.platform.invoer.NotFoundException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * What the pages read about a household, always through the query bus: the query side's handlers decide need to
 * know and write the access log for the asker that travels with every query (platform's {@code VragerMetadata}), so
 * the pages see exactly what the API shows. Nothing the asker may not see comes back; that reads as "not found".
 */
@Component
public class Inzage {

    private final QueryGateway queryGateway;

    Inzage(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public HuishoudenOverzicht overzicht(String huishoudenId) {
        return vraag(new FindHuishoudenOverzicht(huishoudenId),
                ResponseTypes.optionalInstanceOf(HuishoudenOverzicht.class))
                .orElseThrow(() -> new NotFoundException("Er is geen huishouden met dit id."));
    }

    /** The open casus of the household, for a page that acts on it. */
    public HuishoudenOverzicht.OpenCasus openCasus(String huishoudenId, String casusId) {
        HuishoudenOverzicht.OpenCasus casus = overzicht(huishoudenId).openCasus();
        if (casus == null || !casus.casusId().equals(casusId)) {
            throw new NotFoundException("Dit huishouden heeft geen open casus met dit id.");
        }
        return casus;
    }

    public Samenvoegingen samenvoegingen(String huishoudenId) {
        return vraag(new FindSamenvoegingen(huishoudenId), ResponseTypes.optionalInstanceOf(Samenvoegingen.class))
                .orElseThrow(() -> new NotFoundException("Er is geen huishouden met dit id."));
    }

    public CasusHistorie historie(FindCasusHistorie query) {
        return vraag(query, ResponseTypes.optionalInstanceOf(CasusHistorie.class))
                .orElseThrow(() -> new NotFoundException("Er is geen casus met dit id."));
    }

    public CasussenVanHuishouden casussen(String huishoudenId) {
        return vraag(new FindCasussenVanHuishouden(huishoudenId), ResponseTypes.instanceOf(CasussenVanHuishouden.class));
    }

    /** The household of a casus the asker may see; empty for an unknown casus and one they may not see. */
    public Optional<String> huishoudenVanCasus(String casusId) {
        return vraag(new FindHuishoudenVanCasus(casusId), ResponseTypes.optionalInstanceOf(String.class));
    }

    /** Up to which version the overview shows the household; empty while it shows nothing of it. */
    public Optional<Long> versie(String huishoudenId) {
        long versie = vraag(new FindHuishoudenVersie(huishoudenId), ResponseTypes.instanceOf(Long.class));
        return versie == FindHuishoudenVersie.ONBEKEND ? Optional.empty() : Optional.of(versie);
    }

    public <R> R vraag(Object query, ResponseType<R> antwoord) {
        return zonderOmhulsel(() -> queryGateway.query(query, antwoord).join());
    }

    /**
     * A refusal of a query handler reaches the page as itself, not wrapped by the bus: as its {@link Leesweigering}
     * when it has one (it crosses Axon Server too), else as the handler's own exception (on the local bus).
     */
    static <T> T zonderOmhulsel(Supplier<T> vraag) {
        try {
            return vraag.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof QueryExecutionException weigering
                    && weigering.getDetails().orElse(null) instanceof Leesweigering details) {
                throw alsFout(details);
            }
            if (e.getCause() instanceof RuntimeException oorzaak) {
                throw oorzaak;
            }
            throw e;
        }
    }

    private static RuntimeException alsFout(Leesweigering weigering) {
        return switch (weigering.status()) {
            case 404 -> new NotFoundException(weigering.detail());
            case 403 -> new GeenToegangException(weigering.detail());
            default -> new ErrorResponseException(HttpStatus.valueOf(weigering.status()),
                    ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(weigering.status()), weigering.detail()), null);
        };
    }
}
