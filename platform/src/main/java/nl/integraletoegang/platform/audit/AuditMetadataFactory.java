package nl.integraletoegang.platform.audit;

import java.util.HashMap;
import java.util.Map;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.web.CorrelationIdFilter;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Builds the audit metadata of a command from the authenticated user and the current request. */
@Component
public class AuditMetadataFactory {

    private static final GecachteCommandTargetResolver TARGET = new GecachteCommandTargetResolver();

    /**
     * The command as a message carrying the audit metadata of the current user and request, the reason given, and
     * the household it is about (whose key encrypts that reason).
     */
    public CommandMessage<Object> command(Object command, String reason) {
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command);
        return message.andMetaData(current(reason)
                .and(AuditMetadata.HUISHOUDEN, TARGET.resolveTarget(message).getIdentifier()));
    }

    public MetaData current(String reason) {
        Map<String, String> values = new HashMap<>();
        Medewerker.from(SecurityContextHolder.getContext().getAuthentication()).ifPresent(medewerker -> {
            values.put(AuditMetadata.ACTOR, medewerker.gebruikersnaam());
            values.put(AuditMetadata.ROLE, medewerker.rol().name());
            if (medewerker.team() != null) {
                values.put(AuditMetadata.TEAM, medewerker.team());
            }
        });
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            values.put(AuditMetadata.CORRELATION_ID, correlationId);
        }
        if (reason != null && !reason.isBlank()) {
            values.put(AuditMetadata.REASON, reason);
        }
        return MetaData.from(values);
    }

    public MetaData current() {
        return current(null);
    }
}
