package nl.integraletoegang.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** A worker's HTTP client for tests: basic authentication as one demo user, answers never throw. */
public final class ApiClient {

    public record Answer(int status, JsonNode body, HttpHeaders headers) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestClient client;

    public ApiClient(int port, String user) {
        this(port, user, user);
    }

    /** A demo user logging in under another spelling of their name ({@code DIRK}) than their password's. */
    public ApiClient(int port, String user, String password) {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port);
        if (user != null) {
            builder.defaultHeaders(headers -> headers.setBasicAuth(user, password));
        }
        this.client = builder.build();
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null);
    }

    public Answer post(String path, Object body) {
        return postRaw(path, write(body), Map.of());
    }

    public Answer postRaw(String path, String json, Map<String, String> headers) {
        return client.post().uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> headers.forEach(h::set))
                .body(json)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        read(response.getBody().readAllBytes()), response.getHeaders()));
    }

    public Answer get(String path) {
        return client.get().uri(path)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        read(response.getBody().readAllBytes()), response.getHeaders()));
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(new String(bytes));
        }
    }
}
