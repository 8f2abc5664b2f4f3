package nl.integraletoegang.query.beheer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.integraletoegang.api.beheer.FindGeblokkeerdHuishouden;
import nl.integraletoegang.api.beheer.FindProjectiebeheer;
import nl.integraletoegang.api.beheer.FindProjectiestanden;
import nl.integraletoegang.api.beheer.Projectiebeheer;
import nl.integraletoegang.api.beheer.Projectiestanden;
import nl.integraletoegang.api.beheer.SlaDeadLetterOver;
import nl.integraletoegang.api.beheer.StartHerbouw;
import nl.integraletoegang.api.beheer.VerwerkGeblokkeerdHuishouden;
import nl.integraletoegang.api.error.Leesweigering;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.platform.vrager.Vrager;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The projection management of {@link Projecties} for every client of the query bus (the web UI's beheer page): only
 * for a beheerder, who travels with the query. A refusal (an unknown projection, a household that is not blocked, a
 * queue that changed) comes back as a {@link Leesweigering} in the exception's details, which also crosses Axon
 * Server.
 */
@Component
class Beheervragen {

    private final Projecties projecties;

    Beheervragen(Projecties projecties) {
        this.projecties = projecties;
    }

    @QueryHandler
    Projectiestanden handle(FindProjectiestanden query, MetaData metaData) {
        return alsBeheerder(metaData, () -> new Projectiestanden(projecties.standen(), projecties.kop()));
    }

    @QueryHandler
    Projectiebeheer handle(FindProjectiebeheer query, MetaData metaData) {
        return alsBeheerder(metaData, () -> {
            Map<String, List<Projectiebeheer.GeblokkeerdHuishouden>> geblokkeerd = new LinkedHashMap<>();
            for (String projectie : projecties.namen()) {
                List<Projectiebeheer.GeblokkeerdHuishouden> huishoudens = projecties.geblokkeerdeHuishoudens(projectie);
                if (!huishoudens.isEmpty()) {
                    geblokkeerd.put(projectie, huishoudens);
                }
            }
            return new Projectiebeheer(projecties.standen(), projecties.kop(), geblokkeerd,
                    projecties.overslagen(null, query.overslagen()));
        });
    }

    @QueryHandler
    Projectiebeheer.GeblokkeerdHuishouden handle(FindGeblokkeerdHuishouden query, MetaData metaData) {
        return alsBeheerder(metaData, () -> projecties.geblokkeerdHuishouden(query.projectie(), query.huishoudenId()));
    }

    @QueryHandler
    Boolean handle(StartHerbouw query, MetaData metaData) {
        return alsBeheerder(metaData, () -> {
            projecties.herbouw(query.projectie());
            return true;
        });
    }

    @QueryHandler
    Projectiebeheer.HuishoudenVerwerking handle(VerwerkGeblokkeerdHuishouden query, MetaData metaData) {
        return alsBeheerder(metaData, () -> projecties.verwerkHuishouden(query.projectie(), query.huishoudenId()));
    }

    @QueryHandler
    Projectiebeheer.Overslag handle(SlaDeadLetterOver query, MetaData metaData) {
        Vrager vrager = beheerder(metaData);
        return weigeringAlsDetails(() -> projecties.slaOver(query.projectie(), query.huishoudenId(), query.eventId(),
                query.reden(), vrager.medewerker().gebruikersnaam()));
    }

    private static <T> T alsBeheerder(MetaData metaData, Supplier<T> vraag) {
        beheerder(metaData);
        return weigeringAlsDetails(vraag);
    }

    private static Vrager beheerder(MetaData metaData) {
        return Vrager.uit(metaData).filter(vrager -> vrager.medewerker().rol() == Rol.BEHEERDER)
                .orElseThrow(() -> weigering(HttpStatus.FORBIDDEN, "Projecties beheren is voor beheerders."));
    }

    private static <T> T weigeringAlsDetails(Supplier<T> vraag) {
        try {
            return vraag.get();
        } catch (ErrorResponseException refusal) {
            throw weigering(HttpStatus.valueOf(refusal.getStatusCode().value()), refusal.getBody().getDetail());
        }
    }

    private static QueryExecutionException weigering(HttpStatus status, String detail) {
        return new QueryExecutionException(detail, null, new Leesweigering(status.value(), detail));
    }
}
