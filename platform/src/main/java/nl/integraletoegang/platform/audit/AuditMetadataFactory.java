package nl.integraletoegang.platform.audit;

import java.util.HashMap;
import java.util.Map;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.platform.security.Medewerker;
import nl.integraletoegang.platform.web.CorrelationIdFilter;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Builds the audit metadata of a command from the authenticated user and the current request. */
@Component
public class AuditMetadataFactory {

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
