package nl.integraletoegang.standalone.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.integraletoegang.api.casus.Casusregisseur;
import nl.integraletoegang.api.casus.Kanaal;
import nl.integraletoegang.api.casus.Levensdomein;
import nl.integraletoegang.api.casus.MeldingRegistration;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.casus.TriageCasus;
import nl.integraletoegang.api.casus.Urgentie;
import nl.integraletoegang.api.escalatie.EscalateToProcesregisseur;
import nl.integraletoegang.api.escalatie.EscalatieReden;
import nl.integraletoegang.api.escalatie.HandBackCasus;
import nl.integraletoegang.api.escalatie.TakeUpEscalatie;
import nl.integraletoegang.api.plan.Actie;
import nl.integraletoegang.api.plan.AdoptPlanVersion;
import nl.integraletoegang.api.plan.Doel;
import nl.integraletoegang.platform.audit.AuditMetadataFactory;
import nl.integraletoegang.platform.web.CorrelationIdFilter;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.MDC;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One in-process client's work: the same six-step flow as {@link HttpFlows}, sent straight to Axon's
 * {@link CommandGateway}, the boundary at which the workflow engine of the comparison was measured. Each command
 * carries the metadata a request would give it: the application's own {@link AuditMetadataFactory} builds it from
 * the signed-in user (bram, then petra for the take-up and hand-back) and a correlation id, and the expected
 * version is the one the previous command answered, as a client's {@code If-Match}.
 */
final class GatewayFlows implements TimedLoad.Worker {

    private final CommandGateway gateway;
    private final AuditMetadataFactory metadata;
    private final Authentication regisseur;
    private final Authentication procesregisseur;
    private final String team;

    GatewayFlows(ApplicationContext application, String user, String team, String procesregisseur) {
        this.gateway = application.getBean(CommandGateway.class);
        this.metadata = application.getBean(AuditMetadataFactory.class);
        UserDetailsService users = application.getBean(UserDetailsService.class);
        this.regisseur = signedIn(users.loadUserByUsername(user));
        this.procesregisseur = signedIn(users.loadUserByUsername(procesregisseur));
        this.team = team;
    }

    private static Authentication signedIn(UserDetails user) {
        return UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities());
    }

    @Override
    public void iteration(TimedLoad.Timer timer) throws Exception {
        String huishouden = "bench-" + UUID.randomUUID();
        String user = regisseur.getName();
        MeldingRegistration melding = timer.time(() -> send(regisseur, new RegisterMelding(huishouden,
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), Kanaal.TELEFOON, team,
                Set.of(Levensdomein.SCHULDEN, Levensdomein.WONEN),
                "Huurachterstand van drie maanden, incassobureau belt dagelijks", List.of(), null, null, null,
                UUID.randomUUID().toString())));
        String casus = melding.casusId();
        long triage = timer.time(() -> send(regisseur, new TriageCasus(huishouden, casus,
                "Schulden stabiliseren en de woning behouden", Set.of(Levensdomein.SCHULDEN, Levensdomein.WONEN),
                Urgentie.HOOG, melding.hulpvraagId(), new Casusregisseur(user, team), melding.versie())));
        long plan = timer.time(() -> send(regisseur, new AdoptPlanVersion(huishouden, casus,
                List.of(new Doel(Levensdomein.SCHULDEN, "Stabilisatie van de schulden"),
                        new Doel(Levensdomein.WONEN, "Uitzetting voorkomen")),
                List.of(new Actie(UUID.randomUUID().toString(), "Betalingsregeling met de verhuurder", user,
                        LocalDate.of(2030, 1, 31))),
                triage)));
        long escalatie = timer.time(() -> send(regisseur, new EscalateToProcesregisseur(huishouden, casus,
                UUID.randomUUID().toString(), EscalatieReden.KETEN_STAGNEERT,
                "Verhuurder en incassobureau reageren niet op voorstellen", plan)));
        long opgepakt = timer.time(() -> send(procesregisseur, new TakeUpEscalatie(huishouden, casus,
                procesregisseur.getName(), escalatie)));
        timer.time(() -> send(procesregisseur, new HandBackCasus(huishouden, casus,
                "Verhuurder stemt in met de betalingsregeling; schuldhulp neemt de schulden over", opgepakt)));
    }

    /** As {@code CommandDispatcher} sends it for a request of {@code user}, and waits for the answer. */
    private <R> R send(Authentication user, Object command) {
        SecurityContextHolder.getContext().setAuthentication(user);
        MDC.put(CorrelationIdFilter.MDC_KEY, UUID.randomUUID().toString());
        try {
            return gateway.sendAndWait(metadata.command(command, null));
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
            SecurityContextHolder.clearContext();
        }
    }
}
