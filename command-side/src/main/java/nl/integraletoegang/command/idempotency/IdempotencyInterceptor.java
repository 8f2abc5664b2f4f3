package nl.integraletoegang.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import nl.integraletoegang.api.audit.AuditMetadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies a command with an idempotency key at most once. It runs inside the command's database transaction: the
 * key is claimed in the same transaction that appends the events (and the answer stored with it), so either both are
 * stored or neither. A concurrent retry waits on the first one's row and then gets its answer; a key reused for a
 * different request is refused.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String KEY = "idempotencyKey";
    public static final String FINGERPRINT = "idempotencyFingerprint";

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    IdempotencyInterceptor(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        String key = (String) command.getMetaData().get(KEY);
        if (key == null) {
            return chain.proceed();
        }
        String fingerprint = (String) command.getMetaData().get(FINGERPRINT);
        String owner = String.valueOf(command.getMetaData().getOrDefault(AuditMetadata.ACTOR, ""));
        // A key reserved by IdempotencyKeys is taken in this transaction; a key sent without a reservation is
        // claimed here. A concurrent retry blocks on the row until this transaction ends, then finds it applied.
        int claimed = jdbc.sql("""
                        UPDATE idempotency_key SET applied = true
                        WHERE owner = :owner AND key = :key AND fingerprint = :fingerprint AND NOT applied""")
                .param("owner", owner).param("key", key).param("fingerprint", fingerprint)
                .update();
        if (claimed == 0) {
            claimed = jdbc.sql("""
                            INSERT INTO idempotency_key (owner, key, fingerprint, applied, created_at)
                            VALUES (:owner, :key, :fingerprint, true, now())
                            ON CONFLICT (owner, key) DO NOTHING""")
                    .param("owner", owner).param("key", key).param("fingerprint", fingerprint)
                    .update();
        }
        if (claimed == 0) {
            return earlierAnswer(owner, key, fingerprint);
        }
        Object result = chain.proceed();
        jdbc.sql("UPDATE idempotency_key SET result_type = :type, result = :result WHERE owner = :owner AND key = :key")
                .param("type", result == null ? null : result.getClass().getName())
                .param("result", result == null ? null : objectMapper.writeValueAsString(result))
                .param("owner", owner).param("key", key)
                .update();
        return result;
    }

    private Object earlierAnswer(String owner, String key, String fingerprint) throws Exception {
        Optional<StoredAnswer> stored = jdbc.sql("""
                        SELECT fingerprint, result_type, result FROM idempotency_key
                        WHERE owner = :owner AND key = :key""")
                .param("owner", owner).param("key", key)
                .query((rs, row) -> new StoredAnswer(rs.getString("fingerprint"), rs.getString("result_type"),
                        rs.getString("result")))
                .optional();
        StoredAnswer answer = stored.orElseThrow();
        if (!answer.fingerprint().equals(fingerprint)) {
            throw IdempotencyKeys.reused();
        }
        return answer.resultType() == null ? null
                : objectMapper.readValue(answer.result(), Class.forName(answer.resultType()));
    }

    private record StoredAnswer(String fingerprint, String resultType, String result) {
    }
}
