package nl.integraletoegang.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.integraletoegang.standalone.StandaloneApplication;
import nl.integraletoegang.standalone.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In production the web UI logs in through the municipality's identity provider (OpenID Connect) and there are no
 * local users: the login page offers the provider, and choosing it sends the browser there with the authorization
 * code flow.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "integrale-toegang.security.demo-users-enabled=false",
            "spring.security.oauth2.client.registration.gemeente.client-id=integrale-toegang",
            "spring.security.oauth2.client.registration.gemeente.client-secret=geheim",
            "spring.security.oauth2.client.registration.gemeente.client-name=Gemeente Voorbeeld",
            "spring.security.oauth2.client.registration.gemeente.scope=openid,profile",
            "spring.security.oauth2.client.registration.gemeente.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.gemeente.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.gemeente.authorization-uri=https://idp.example/auth",
            "spring.security.oauth2.client.provider.gemeente.token-uri=https://idp.example/token",
            "spring.security.oauth2.client.provider.gemeente.jwk-set-uri=https://idp.example/certs",
            "spring.security.oauth2.client.provider.gemeente.user-name-attribute=sub"
        })
class OidcInloggenTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "ui-oidc");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String pad) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLoginPageOffersTheIdentityProviderAndNoPasswordForm() throws Exception {
        HttpResponse<String> pagina = get("/inloggen");

        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Inloggen via Gemeente Voorbeeld", "/oauth2/authorization/gemeente")
                .doesNotContain("type=\"password\"");
    }

    @Test
    void choosingTheProviderStartsTheAuthorizationCodeFlowThere() throws Exception {
        HttpResponse<String> naarIdp = get("/oauth2/authorization/gemeente");

        assertThat(naarIdp.statusCode()).isEqualTo(302);
        assertThat(naarIdp.headers().firstValue("Location")).hasValueSatisfying(plek -> assertThat(plek)
                .startsWith("https://idp.example/auth?response_type=code&client_id=integrale-toegang")
                .contains("scope=openid%20profile", "nonce=", "redirect_uri="));
    }

    @Test
    void aPageOfTheUiSendsAVisitorToTheLoginPage() throws Exception {
        HttpResponse<String> werkvoorraad = get("/werkvoorraad");

        assertThat(werkvoorraad.statusCode()).isEqualTo(302);
        assertThat(werkvoorraad.headers().firstValue("Location")).hasValueSatisfying(
                plek -> assertThat(plek).endsWith("/inloggen"));
    }
}
