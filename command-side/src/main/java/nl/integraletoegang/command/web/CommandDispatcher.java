package nl.integraletoegang.command.web;

import java.util.Map;
import java.util.UUID;
import nl.integraletoegang.api.audit.AuditMetadata;
import nl.integraletoegang.command.idempotency.IdempotencyInterceptor;
import nl.integraletoegang.command.idempotency.IdempotencyKeys;
import nl.integraletoegang.command.idempotency.RequestFingerprint;
import nl.integraletoegang.platform.audit.AuditMetadataFactory;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of the current HTTP request: with the audit metadata of the user (see
 * {@link AuditMetadataFactory#command}), and, when the client sent an {@code Idempotency-Key},
 * the key and a fingerprint of the request, so that a retry returns the first answer instead of applying twice.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway commandGateway;
    private final AuditMetadataFactory auditMetadata;
    private final RequestFingerprint fingerprint;
    private final IdempotencyKeys idempotencyKeys;

    CommandDispatcher(CommandGateway commandGateway, AuditMetadataFactory auditMetadata,
                      RequestFingerprint fingerprint, IdempotencyKeys idempotencyKeys) {
        this.commandGateway = commandGateway;
        this.auditMetadata = auditMetadata;
        this.fingerprint = fingerprint;
        this.idempotencyKeys = idempotencyKeys;
    }

    /**
     * The ids to generate for this request. With an {@code Idempotency-Key} they are reserved with the key before
     * the command is sent, so a retry answers with the ids of the first attempt; a key used before for another
     * request is refused here (409) before anything runs.
     *
     * @param write the request's version and idempotency headers
     * @param requestBody what the client sent, fingerprinted as in {@link #send}
     */
    public RequestIds ids(WriteRequest write, Object requestBody) {
        if (write.idempotencyKey() == null) {
            return new RequestIds(UUID.randomUUID().toString());
        }
        String owner = String.valueOf(auditMetadata.current().getOrDefault(AuditMetadata.ACTOR, ""));
        return new RequestIds(idempotencyKeys.reserve(owner, write.idempotencyKey(),
                fingerprint.of(write.path(), requestBody)));
    }

    /**
     * @param command the command to send
     * @param write the request's version and idempotency headers
     * @param requestBody what the client sent, fingerprinted to recognise a retry of the same request
     * @param reason the reason the user gave, if the action has one
     */
    public <R> R send(Object command, WriteRequest write, Object requestBody, String reason) {
        CommandMessage<Object> message = auditMetadata.command(command, reason);
        if (write.idempotencyKey() != null) {
            message = message.andMetaData(Map.of(
                    IdempotencyInterceptor.KEY, write.idempotencyKey(),
                    IdempotencyInterceptor.FINGERPRINT, fingerprint.of(write.path(), requestBody)));
        }
        return commandGateway.sendAndWait(message);
    }
}
