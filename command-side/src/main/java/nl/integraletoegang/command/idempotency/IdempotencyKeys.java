package nl.integraletoegang.command.idempotency;

import java.util.UUID;
import nl.integraletoegang.api.error.BusinessError;
import nl.integraletoegang.api.error.BusinessErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reserves an idempotency key before its command runs, with the id of the request the key stands for. The ids the
 * server generates for the request derive from that request id, so a retry (even after a crash or a restart) builds
 * the same ids and its answer is the first answer. Whether the command was applied is decided later, in the
 * command's own transaction, by {@link IdempotencyInterceptor}.
 */
@Component
public class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The request id reserved for this key: a new one for a new key, the first one for a retry.
     *
     * @throws CommandExecutionException (409, {@code idempotency-key-hergebruikt}) when the key was used for a
     *         different request
     */
    public String reserve(String owner, String key, String fingerprint) {
        jdbc.sql("""
                        INSERT INTO idempotency_key (owner, key, fingerprint, request_id, applied, created_at)
                        VALUES (:owner, :key, :fingerprint, :requestId, false, now())
                        ON CONFLICT (owner, key) DO NOTHING""")
                .param("owner", owner).param("key", key).param("fingerprint", fingerprint)
                .param("requestId", UUID.randomUUID().toString())
                .update();
        Reservation reservation = jdbc.sql("""
                        SELECT fingerprint, request_id FROM idempotency_key WHERE owner = :owner AND key = :key""")
                .param("owner", owner).param("key", key)
                .query((rs, row) -> new Reservation(rs.getString("fingerprint"), rs.getString("request_id")))
                .single();
        if (!reservation.fingerprint().equals(fingerprint)) {
            throw reused();
        }
        // a key claimed before request ids existed has none; its request generated no ids that could be replayed
        return reservation.requestId() != null ? reservation.requestId() : UUID.randomUUID().toString();
    }

    static CommandExecutionException reused() {
        return new CommandExecutionException("Idempotency key reused", null, new BusinessError(
                BusinessErrorCode.RULE_VIOLATED, "idempotency-key-hergebruikt",
                "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik per verzoek een nieuwe "
                        + "sleutel; alleen een herhaling van hetzelfde verzoek mag dezelfde sleutel hebben."));
    }

    private record Reservation(String fingerprint, String requestId) {
    }
}
