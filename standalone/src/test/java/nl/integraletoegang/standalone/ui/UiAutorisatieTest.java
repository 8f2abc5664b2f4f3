package nl.integraletoegang.standalone.ui;

import static nl.integraletoegang.api.medewerker.Rol.AUDITOR;
import static nl.integraletoegang.api.medewerker.Rol.BEHEERDER;
import static nl.integraletoegang.api.medewerker.Rol.DOORBRAAKTEAM;
import static nl.integraletoegang.api.medewerker.Rol.MANAGER;
import static nl.integraletoegang.api.medewerker.Rol.PROCESREGISSEUR;
import static nl.integraletoegang.api.medewerker.Rol.TOEGANGSMEDEWERKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.integraletoegang.api.medewerker.Rol;
import nl.integraletoegang.standalone.StandaloneApplication;
import nl.integraletoegang.standalone.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and form of the web UI against every role, on the server: a role a page is not for gets 403, whatever
 * the menu shows; a role it is for gets through (to the page, or to a 404 for the unknown ids used here, so nothing
 * is changed). Forms are protected against cross-site requests, and a visitor who is not logged in is sent to the
 * login page. The matrix is checked against the application's own mappings, so a page added without a rule here
 * fails the build.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiAutorisatieTest {

    private static final Map<Rol, String> DEMO_USER = Map.of(TOEGANGSMEDEWERKER, "anna", PROCESREGISSEUR, "petra",
            DOORBRAAKTEAM, "dirk", MANAGER, "maria", AUDITOR, "aart", BEHEERDER, "bea");
    private static final String CASUS = "/huishoudens/{huishoudenId}/casussen/{casusId}";
    private static final String ESCALATIE = "/escalaties/{huishoudenId}/{casusId}";
    private static final Set<Rol> WERKERS = EnumSet.of(TOEGANGSMEDEWERKER);
    private static final Set<Rol> ESCALATIENIVEAUS = EnumSet.of(PROCESREGISSEUR, DOORBRAAKTEAM);

    record Pagina(String method, String template, Set<Rol> rollen) {
        String pad() {
            return template.replace("{huishoudenId}", "hh-onbekend").replace("{casusId}", "c-onbekend")
                    .replace("{actieId}", "a-onbekend").replace("{termijnId}", "t-onbekend").replace("{doorbraakId}", "d-onbekend")
                    .replace("{naam}", "onbekend");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static final List<Pagina> PAGINAS = List.of(
            new Pagina("GET", "/", EnumSet.allOf(Rol.class)),
            new Pagina("GET", "/werkvoorraad", WERKERS),
            new Pagina("GET", "/werkvoorraad/lijsten", WERKERS),
            new Pagina("GET", "/meldingen/nieuw", WERKERS),
            new Pagina("POST", "/meldingen", WERKERS),
            new Pagina("POST", "/meldingen/brp", WERKERS),
            new Pagina("GET", "/huishoudens/zoeken", WERKERS),
            new Pagina("GET", "/huishoudens/{huishoudenId}", EnumSet.of(TOEGANGSMEDEWERKER, PROCESREGISSEUR,
                    DOORBRAAKTEAM)),
            new Pagina("GET", CASUS + "/triage", WERKERS),
            new Pagina("POST", CASUS + "/triage", WERKERS),
            new Pagina("GET", CASUS + "/plan", WERKERS),
            new Pagina("POST", CASUS + "/plan", WERKERS),
            new Pagina("POST", CASUS + "/plan/acties/{actieId}/afronding", WERKERS),
            new Pagina("GET", CASUS + "/plan/acties/{actieId}/annulering", WERKERS),
            new Pagina("POST", CASUS + "/plan/acties/{actieId}/annulering", WERKERS),
            new Pagina("GET", CASUS + "/termijnen/{termijnId}/opschorting", WERKERS),
            new Pagina("POST", CASUS + "/termijnen/{termijnId}/opschorting", WERKERS),
            new Pagina("GET", CASUS + "/termijnen/{termijnId}/hervatting", WERKERS),
            new Pagina("POST", CASUS + "/termijnen/{termijnId}/hervatting", WERKERS),
            new Pagina("POST", CASUS + "/termijnen/{termijnId}/afronding", WERKERS),
            new Pagina("GET", CASUS + "/regisseur", WERKERS),
            new Pagina("POST", CASUS + "/regisseur", WERKERS),
            new Pagina("GET", CASUS + "/escalatie", WERKERS),
            new Pagina("POST", CASUS + "/escalatie", WERKERS),
            new Pagina("GET", CASUS + "/sluiting", WERKERS),
            new Pagina("POST", CASUS + "/sluiting", WERKERS),
            new Pagina("GET", "/huishoudens/{huishoudenId}/samenvoeging", WERKERS),
            new Pagina("POST", "/huishoudens/{huishoudenId}/samenvoeging", WERKERS),
            new Pagina("GET", "/escalaties", ESCALATIENIVEAUS),
            new Pagina("GET", ESCALATIE, ESCALATIENIVEAUS),
            new Pagina("POST", ESCALATIE + "/oppakken", ESCALATIENIVEAUS),
            new Pagina("POST", ESCALATIE + "/besluit", ESCALATIENIVEAUS),
            new Pagina("POST", ESCALATIE + "/teruggave", ESCALATIENIVEAUS),
            new Pagina("POST", ESCALATIE + "/doorbraakteam", EnumSet.of(PROCESREGISSEUR)),
            new Pagina("POST", ESCALATIE + "/doorbraak", EnumSet.of(DOORBRAAKTEAM)),
            new Pagina("POST", ESCALATIE + "/doorbraken/{doorbraakId}/maatwerkbudget", EnumSet.of(DOORBRAAKTEAM)),
            new Pagina("POST", ESCALATIE + "/doorbraken/{doorbraakId}/maatwerkbudget/goedkeuring",
                    EnumSet.of(DOORBRAAKTEAM)),
            new Pagina("POST", ESCALATIE + "/doorbraken/{doorbraakId}/maatwerkbudget/afwijzing",
                    EnumSet.of(DOORBRAAKTEAM)),
            new Pagina("POST", ESCALATIE + "/ave", EnumSet.of(DOORBRAAKTEAM)),
            new Pagina("GET", "/figuren", EnumSet.of(MANAGER, AUDITOR)),
            new Pagina("GET", "/historie", EnumSet.of(AUDITOR)),
            new Pagina("GET", "/casussen/{casusId}/historie", EnumSet.of(TOEGANGSMEDEWERKER, PROCESREGISSEUR,
                    DOORBRAAKTEAM, AUDITOR)),
            new Pagina("GET", "/beheer", EnumSet.of(BEHEERDER)),
            new Pagina("GET", "/beheer/voortgang", EnumSet.of(BEHEERDER)),
            new Pagina("POST", "/beheer/projecties/{naam}/herbouw", EnumSet.of(BEHEERDER)),
            new Pagina("POST", "/beheer/projecties/{naam}/huishoudens/{huishoudenId}/verwerking",
                    EnumSet.of(BEHEERDER)),
            new Pagina("GET", "/beheer/projecties/{naam}/huishoudens/{huishoudenId}/overslag", EnumSet.of(BEHEERDER)),
            new Pagina("POST", "/beheer/projecties/{naam}/huishoudens/{huishoudenId}/overslag",
                    EnumSet.of(BEHEERDER)));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "ui-autorisatie");
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Stream<Arguments> paginaEnRol() {
        return PAGINAS.stream().flatMap(pagina -> Stream.of(Rol.values()).map(rol -> Arguments.of(pagina, rol)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("paginaEnRol")
    void eachPageIsOpenOnlyToItsRoles(Pagina pagina, Rol rol) throws Exception {
        HttpResponse<String> antwoord = vraag(pagina, DEMO_USER.get(rol), true);
        if (pagina.rollen().contains(rol)) {
            assertThat(antwoord.statusCode()).as(antwoord.body()).isIn(200, 302, 400, 404);
        } else {
            assertThat(antwoord.statusCode()).isEqualTo(403);
            assertThat(antwoord.body()).contains("Geen toegang").doesNotContain("Exception");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paginas")
    void aVisitorWhoIsNotLoggedInIsSentToTheLoginPage(Pagina pagina) throws Exception {
        HttpResponse<String> antwoord = vraag(pagina, null, pagina.method().equals("POST"));
        if (pagina.method().equals("GET")) {
            assertThat(antwoord.statusCode()).isEqualTo(302);
            assertThat(antwoord.headers().firstValue("Location")).hasValueSatisfying(
                    plek -> assertThat(plek).endsWith("/inloggen"));
        } else {
            assertThat(antwoord.statusCode()).isIn(302, 403);
        }
    }

    Stream<Pagina> paginas() {
        return PAGINAS.stream();
    }

    @Test
    void aFormSentWithoutTheCsrfTokenOfTheSessionIsRefused() throws Exception {
        Pagina melding = new Pagina("POST", "/meldingen", WERKERS);
        assertThat(vraag(melding, "anna", false).statusCode()).isEqualTo(403);
    }

    @Test
    void theMatrixCoversEveryPageOfTheUi() {
        Set<String> inMatrix = PAGINAS.stream().map(Pagina::toString).collect(Collectors.toCollection(TreeSet::new));
        Set<String> inApplicatie = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, methode) -> {
            if (!methode.getBeanType().getPackageName().startsWith("nl.integraletoegang.ui")) {
                return;
            }
            Set<String> methodes = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
            for (String patroon : info.getPatternValues()) {
                methodes.forEach(m -> inApplicatie.add(m + " " + patroon));
            }
        });
        inApplicatie.remove("GET /inloggen");
        assertThat(inMatrix).containsExactlyInAnyOrderElementsOf(inApplicatie);
    }

    private HttpResponse<String> vraag(Pagina pagina, String gebruiker, boolean metCsrf)
            throws IOException, InterruptedException {
        List<String> headers = new ArrayList<>(List.of("Accept", "text/html"));
        if (gebruiker != null) {
            headers.addAll(List.of("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8))));
        }
        if (pagina.method().equals("POST") && metCsrf) {
            headers.addAll(csrf(headers));
        }
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pagina.pad()))
                .headers(headers.toArray(String[]::new));
        if (pagina.method().equals("POST")) {
            verzoek.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(""));
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A session and its CSRF token, as a browser gets them from any page of the UI. */
    private List<String> csrf(List<String> headers) throws IOException, InterruptedException {
        HttpResponse<String> pagina = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/inloggen")).headers(headers.toArray(String[]::new)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher header = Pattern.compile("name=\"csrf-header\" content=\"([^\"]+)\"").matcher(pagina.body());
        Matcher token = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(pagina.body());
        assertThat(header.find() && token.find()).as("CSRF token on the login page").isTrue();
        String sessie = pagina.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        return List.of(header.group(1), token.group(1), "Cookie", sessie);
    }
}
