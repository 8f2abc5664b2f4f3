package nl.integraletoegang.command.casus;

import java.util.Optional;
import nl.integraletoegang.api.casus.ChangeCasusregisseur;
import nl.integraletoegang.api.casus.RegisterMelding;
import nl.integraletoegang.api.casus.RouteHulpvraag;
import nl.integraletoegang.api.casus.TriageCasus;
import nl.integraletoegang.api.error.BusinessError;
import nl.integraletoegang.api.error.BusinessErrorCode;
import nl.integraletoegang.platform.veld.TeamProperties;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Teams are a closed list from configuration ({@link TeamProperties}): a melding is taken in by a known team, a
 * hulpvraag is routed to a known team, and a casusregisseur works in a known team. Checked on the command side before
 * the household is loaded, so a refused command stores nothing, whoever sent it.
 */
@Component
class TeamRegel implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final TeamProperties teams;

    TeamRegel(TeamProperties teams) {
        this.teams = teams;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Optional<String> team = teamVan(unitOfWork.getMessage().getPayload());
        if (team.isPresent() && !teams.isBekend(team.get())) {
            throw new CommandExecutionException("Unknown team", null, new BusinessError(BusinessErrorCode.INVALID,
                    "team-onbekend", "Dit team is niet bekend. Kies een van de teams: "
                    + String.join(", ", teams.teams()) + "."));
        }
        return chain.proceed();
    }

    private static Optional<String> teamVan(Object command) {
        if (command instanceof RegisterMelding melding) {
            // without a team the melding is taken in by the sender's own team, or by none (a manager)
            return Optional.ofNullable(melding.team());
        }
        if (command instanceof RouteHulpvraag routering) {
            return Optional.of(String.valueOf(routering.naarTeam()));
        }
        if (command instanceof TriageCasus triage && triage.regisseur() != null) {
            return Optional.of(String.valueOf(triage.regisseur().team()));
        }
        if (command instanceof ChangeCasusregisseur wijziging && wijziging.nieuweRegisseur() != null) {
            return Optional.of(String.valueOf(wijziging.nieuweRegisseur().team()));
        }
        return Optional.empty();
    }
}
