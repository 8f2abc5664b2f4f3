package nl.integraletoegang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.axoniq.axonserver.grpc.ErrorMessage;
import java.time.Duration;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A command whose command-side instance was lost while handling it (killed with {@code kill -9}: Axon Server answers
 * the sender {@code AXONIQ-4001}) or that no instance handles for a moment is answered 503 with {@code Retry-After},
 * not 500: the exceptions exactly as Axon's connector builds them from Axon Server's answer, without Axon Server.
 */
class CommandSideLostTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DatabaseUnavailableResolver resolver = new DatabaseUnavailableResolver(JSON, Duration.ofSeconds(5));

    @Test
    void aCommandWhoseHandlingInstanceWasLostIsA503ToRetryWithTheSameKey() throws Exception {
        Exception verloren = ErrorCode.getFromCode("AXONIQ-4001").convert(ErrorMessage.newBuilder()
                .setErrorCode("AXONIQ-4001").setMessage("Connection lost while executing command on: 4724@vm")
                .build());

        MockHttpServletResponse response = resolve("/api/meldingen", verloren);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asText()).contains("niet zeker").contains("Idempotency-Key")
                .doesNotContain("4724@vm");
    }

    @Test
    void aCommandThatCouldNotBeDispatchedOrHasNoHandlerIsA503() {
        Exception nietVerstuurd = ErrorCode.getFromCode("AXONIQ-4003").convert(ErrorMessage.newBuilder()
                .setErrorCode("AXONIQ-4003").setMessage("No connection to the handler").build());
        assertThat(resolve("/api/meldingen", nietVerstuurd).getStatus()).isEqualTo(503);
        assertThat(resolve("/api/meldingen", new NoHandlerForCommandException("RegisterMelding")).getStatus())
                .isEqualTo(503);
    }

    @Test
    void aPageGetsTheErrorPageFor503() {
        Exception verloren = ErrorCode.getFromCode("AXONIQ-4001").convert(ErrorMessage.newBuilder()
                .setErrorCode("AXONIQ-4001").setMessage("Connection lost while executing command on: x").build());
        MockHttpServletResponse response = resolve("/casussen/nieuw", verloren);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void otherFailuresOfAxonServerAreNotAnsweredHere() {
        Exception anders = ErrorCode.getFromCode("AXONIQ-3002").convert(ErrorMessage.newBuilder()
                .setErrorCode("AXONIQ-3002").setMessage("bericht te groot").build());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/meldingen");
        assertThat(resolver.resolveException(request, new MockHttpServletResponse(), null, anders)).isNull();
        assertThat(resolver.resolveException(request, new MockHttpServletResponse(), null,
                new IllegalStateException("x"))).isNull();
    }

    private MockHttpServletResponse resolve(String path, Exception failure) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(resolver.resolveException(request, response, null, failure)).isNotNull();
        return response;
    }
}
