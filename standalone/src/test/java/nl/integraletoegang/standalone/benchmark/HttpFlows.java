package nl.integraletoegang.standalone.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * One HTTP client's work: the first steps of every casus, for a new household each time, and in the full flow the
 * escalation that follows. A melding opens the
 * casus, the triage appoints the casusregisseur from the team of the heaviest hulpvraag (the only one, taken in by
 * the user's own team), and the first plan version is adopted. Each request is one command; triage and plan send
 * the version they saw as {@code If-Match}, as a real client does. The full flow goes on as in the comparison with a
 * workflow engine (docs/benchmarks.md): the casusregisseur escalates to a procesregisseur, who takes the escalation
 * up and hands the casus back with the agreed plan (as their own user, {@code petra}).
 *
 * <p>The client is the JDK's blocking {@link HttpURLConnection} with keep-alive: all of its work happens on the
 * client's own thread, so the benchmark can measure what the clients cost and tell it apart from the server's.
 */
final class HttpFlows implements TimedLoad.Worker {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TIMEOUT_MILLIS = 30_000;

    private final String baseUrl;
    private final String authorization;
    private final String user;
    private final String team;
    private final String procesregisseur;

    /** The first three steps (melding, triage, plan) as {@code user}. */
    HttpFlows(int port, String user, String team) {
        this(port, user, team, null);
    }

    /** With a procesregisseur, the full six-step flow: the escalation, its take-up and the hand-back follow. */
    HttpFlows(int port, String user, String team, String procesregisseur) {
        this.baseUrl = "http://localhost:" + port;
        this.authorization = basic(user);
        this.user = user;
        this.team = team;
        this.procesregisseur = procesregisseur == null ? null : basic(procesregisseur);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void iteration(TimedLoad.Timer timer) throws Exception {
        String huishouden = "bench-" + UUID.randomUUID();
        JsonNode melding = timer.time(() -> post("/api/meldingen", null, 201, """
                {"huishoudenId": "%s", "kanaal": "TELEFOON", "levensdomeinen": ["SCHULDEN", "WONEN"],
                 "omschrijving": "Huurachterstand van drie maanden, incassobureau belt dagelijks"}"""
                .formatted(huishouden)));
        String casus = "/api/huishoudens/" + huishouden + "/casussen/" + melding.get("casusId").asText();
        JsonNode triage = timer.time(() -> post(casus + "/triage", melding.get("versie").asLong(), 200, """
                {"integraleHulpvraag": "Schulden stabiliseren en de woning behouden",
                 "levensdomeinen": ["SCHULDEN", "WONEN"], "urgentie": "HOOG",
                 "zwaarsteVraagstukHulpvraagId": "%s",
                 "regisseur": {"gebruikersnaam": "%s", "team": "%s"}}"""
                .formatted(melding.get("hulpvraagId").asText(), user, team)));
        JsonNode plan = timer.time(() -> post(casus + "/plan/versies", triage.get("versie").asLong(), 200, """
                {"doelen": [{"levensdomein": "SCHULDEN", "omschrijving": "Stabilisatie van de schulden"},
                            {"levensdomein": "WONEN", "omschrijving": "Uitzetting voorkomen"}],
                 "acties": [{"omschrijving": "Betalingsregeling met de verhuurder", "eigenaar": "%s",
                             "deadline": "2030-01-31"}]}"""
                .formatted(user)));
        if (procesregisseur == null) {
            return;
        }
        JsonNode escalatie = timer.time(() -> post(casus + "/escalaties", plan.get("versie").asLong(), 201, """
                {"reden": "KETEN_STAGNEERT", "toelichting": "Verhuurder en incassobureau reageren niet op voorstellen"}
                """));
        JsonNode opgepakt = timer.time(() -> post(procesregisseur, casus + "/escalatie/oppakken",
                escalatie.get("versie").asLong(), 200, "{}"));
        timer.time(() -> post(procesregisseur, casus + "/escalatie/teruggave", opgepakt.get("versie").asLong(), 200,
                """
                {"afgesprokenPlan": "Verhuurder stemt in met de betalingsregeling; schuldhulp neemt de schulden over"}
                """));
    }

    private JsonNode post(String path, Long version, int expectedStatus, String body) throws IOException {
        return post(authorization, path, version, expectedStatus, body);
    }

    private JsonNode post(String authorization, String path, Long version, int expectedStatus, String body)
            throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(baseUrl + path).openConnection();
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Authorization", authorization);
        connection.setRequestProperty("Content-Type", "application/json");
        if (version != null) {
            connection.setRequestProperty("If-Match", "\"" + version + "\"");
        }
        byte[] request = body.getBytes(StandardCharsets.UTF_8);
        connection.setFixedLengthStreamingMode(request.length);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(request);
        }
        int status = connection.getResponseCode();
        // reading each answer to its end lets the connection go back to the keep-alive cache for the next request
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            byte[] answer = in == null ? new byte[0] : in.readAllBytes();
            if (status != expectedStatus) {
                String text = new String(answer, StandardCharsets.UTF_8);
                throw new IllegalStateException("POST " + path + " answered " + status + ": "
                        + text.substring(0, Math.min(300, text.length())));
            }
            return JSON.readTree(answer);
        }
    }
}
