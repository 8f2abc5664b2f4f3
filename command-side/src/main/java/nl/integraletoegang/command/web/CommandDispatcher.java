package nl.integraletoegang.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import nl.integraletoegang.command.idempotency.IdempotencyInterceptor;
import nl.integraletoegang.platform.audit.AuditMetadataFactory;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of the current HTTP request: with the audit metadata of the user (see
 * {@link AuditMetadataFactory#command}), and, when the client sent an {@code Idempotency-Key},
 * the key and a fingerprint of the request body, so that a retry returns the first answer instead of applying twice.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway commandGateway;
    private final AuditMetadataFactory auditMetadata;
    private final ObjectMapper objectMapper;

    CommandDispatcher(CommandGateway commandGateway, AuditMetadataFactory auditMetadata, ObjectMapper objectMapper) {
        this.commandGateway = commandGateway;
        this.auditMetadata = auditMetadata;
        this.objectMapper = objectMapper;
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
                    IdempotencyInterceptor.FINGERPRINT, fingerprint(command.getClass().getName(), write.path(), requestBody)));
        }
        return commandGateway.sendAndWait(message);
    }

    private String fingerprint(String commandType, String path, Object requestBody) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(commandType.getBytes(StandardCharsets.UTF_8));
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update(objectMapper.writeValueAsBytes(requestBody));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint request", e);
        }
    }
}
