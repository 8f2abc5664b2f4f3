package nl.integraletoegang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production authentication: bearer tokens of the municipality's identity provider, here a locally generated RSA
 * key pair configured as in production with {@code public-key-location} and the expected issuer, the role in a
 * Keycloak-style nested claim and the demo users switched off. A valid token gets the same authorities a demo user
 * of that role and team gets; a tampered, foreign, expired or wrong-issuer token is refused with 401.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwtAuthenticationTest {

    private static final String ISSUER = "https://login.gemeente.test/realms/sociaal-domein";
    private static final KeyPair KEYS = rsa();
    private static final KeyPair FOREIGN_KEYS = rsa();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        TestDatabases.register(registry, "jwt");
        Path publicKey = TestDatabases.ROOT.resolve("jwt-public.pem").toAbsolutePath();
        Files.createDirectories(publicKey.getParent());
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
        registry.add("integrale-toegang.security.jwt.issuer", () -> ISSUER);
        registry.add("integrale-toegang.security.jwt.rol-claim", () -> "realm_access.roles");
        registry.add("integrale-toegang.security.demo-users-enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims(String gebruiker, String rol, String team) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("sub-" + gebruiker)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("realm_access", Map.of("roles", List.of("offline_access", rol)));
        if (gebruiker != null) {
            claims.claim("preferred_username", gebruiker);
        }
        if (team != null) {
            claims.claim("team", team);
        }
        return claims;
    }

    private static String sign(JWTClaimsSet claims, PrivateKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String gebruiker, String rol, String team) {
        return sign(claims(gebruiker, rol, team).build(), KEYS.getPrivate());
    }

    private record Answer(int status, JsonNode body) {
    }

    private Answer call(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body.isEmpty() || !body.startsWith("{")
                    ? JSON.nullNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aValidTokenActsWithTheRoleAndTeamOfItsClaims() throws IOException {
        String jan = token("jan", "toegangsmedewerker", "WMO");
        String huishouden = "hh-jwt-" + UUID.randomUUID();
        Answer melding = call("POST", "/api/meldingen", jan, JSON.writeValueAsString(Map.of("huishoudenId", huishouden,
                "kanaal", "TELEFOON", "levensdomeinen", List.of("WMO_ONDERSTEUNING"))));
        assertThat(melding.status()).as(String.valueOf(melding.body())).isEqualTo(201);
        assertThat(call("GET", "/api/werkvoorraad/teams/WMO/te-triageren", jan, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/werkvoorraad/teams/SCHULDHULP/te-triageren", jan, null).status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> call("GET", "/api/huishoudens/" + huishouden, jan, null).status() == 200);
        // the same person with another spelling in the token is the same normalised identity, also in the access log
        String janInHoofdletters = token("JAN", "toegangsmedewerker", "WMO");
        assertThat(call("GET", "/api/huishoudens/" + huishouden, janInHoofdletters, null).status()).isEqualTo(200);

        // the username falls back to the subject when the token has no preferred_username
        String auditor = sign(claims(null, "AUDITOR", null).subject("auditor-7").build(), KEYS.getPrivate());
        String casus = melding.body().get("casusId").asText();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> call("GET", "/api/casussen/" + casus + "/historie", auditor, null).status() == 200);
        JsonNode log = call("GET", "/api/inzage-log?huishoudenId=" + huishouden, auditor, null).body();
        List<String> gebruikers = log.findValuesAsText("gebruiker");
        assertThat(gebruikers).contains("jan", "auditor-7");
        assertThat(gebruikers).doesNotContain("JAN");
        assertThat(log.findValuesAsText("rol")).contains("TOEGANGSMEDEWERKER", "AUDITOR");

        String manager = token("mia", "manager", null);
        assertThat(call("GET", "/api/figuren", manager, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/huishoudens/" + huishouden, manager, null).status()).isEqualTo(403);
        // a token whose roles the service does not know reaches nothing
        assertThat(call("GET", "/api/figuren", token("gast", "offline_access", null), null).status())
                .isEqualTo(403);
    }

    @Test
    void tamperedForeignExpiredAndWrongIssuerTokensAreRefused() {
        String valid = token("jan", "TOEGANGSMEDEWERKER", "WMO");
        String path = "/api/werkvoorraad/mijn/casussen";
        assertThat(call("GET", path, valid, null).status()).isEqualTo(200);

        // a changed claim (another team) under the original signature
        String[] parts = valid.split("\\.");
        String otherTeam = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims("jan", "TOEGANGSMEDEWERKER", "SCHULDHULP").build().toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(call("GET", path, parts[0] + "." + otherTeam + "." + parts[2], null).status()).isEqualTo(401);
        // a signature that is not a signature
        assertThat(call("GET", path, parts[0] + "." + parts[1] + "." + parts[2].substring(5), null).status())
                .isEqualTo(401);
        // signed with another key
        assertThat(call("GET", path, sign(claims("jan", "TOEGANGSMEDEWERKER", "WMO").build(),
                FOREIGN_KEYS.getPrivate()), null).status()).isEqualTo(401);
        // expired an hour ago
        Instant hourAgo = Instant.now().minusSeconds(3600);
        assertThat(call("GET", path, sign(claims("jan", "TOEGANGSMEDEWERKER", "WMO")
                .issueTime(Date.from(hourAgo.minusSeconds(300))).expirationTime(Date.from(hourAgo)).build(),
                KEYS.getPrivate()), null).status()).isEqualTo(401);
        // a valid signature by the right key, but for another issuer
        assertThat(call("GET", path, sign(claims("jan", "TOEGANGSMEDEWERKER", "WMO")
                .issuer("https://login.andere-gemeente.test").build(), KEYS.getPrivate()), null).status())
                .isEqualTo(401);
        // no token, garbage, and the demo users, which production switches off
        assertThat(call("GET", path, null, null).status()).isEqualTo(401);
        assertThat(call("GET", path, "geen-token", null).status()).isEqualTo(401);
        assertThat(HttpProbe.status(port, "GET", path, HttpProbe.basic("anna"))).isEqualTo(401);
    }
}
