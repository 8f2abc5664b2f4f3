package nl.integraletoegang.standalone;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.integraletoegang.api.medewerker.Rol;

/**
 * Generates requests for every operation of the OpenAPI description: valid ones built from the schema and the ids
 * of a real household, and hostile ones that each change exactly one thing (a field, the JSON text, a path or
 * query parameter, a header, the user or the method), so that a failure points at its cause. Everything random
 * comes from one seeded {@link Random}, so a seed repeats a run.
 */
final class VijandigeVerzoeken {

    /** One operation of the API description: method, path template, parameters and the body's schema. */
    record Operatie(String method, String template, List<JsonNode> parameters, JsonNode bodySchema) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** A request to send; {@code vorm} says in words what is hostile about it ("geldig" when nothing is). */
    record Verzoek(Operatie operatie, String method, String path, String user, String password,
                   Map<String, String> headers, String body, String vorm, List<String> merktekens) {

        boolean geldig() {
            return vorm.equals("geldig");
        }
    }

    /** The ids of the household the requests are about, filled in after it was set up. */
    record Fixture(String huishoudenId, String casusId, String hulpvraagId, String termijnId, String actieId,
                   String doorbraakId, String persoonId, List<String> projecties) {
    }

    static final String MEGABYTE = "M".repeat(1 << 20);
    /** Substrings that must never come back in a problem detail: they are only ever sent as hostile input. */
    static final List<String> MERKTEKENS = List.of("<script", "\u0000", "\u202E", "DROP TABLE", "${jndi", "{{7*7}}",
            MEGABYTE.substring(0, 300));

    private static final Map<Rol, String> DEMO_USER = Map.of(Rol.TOEGANGSMEDEWERKER, "anna",
            Rol.PROCESREGISSEUR, "petra", Rol.DOORBRAAKTEAM, "dirk", Rol.MANAGER, "maria", Rol.AUDITOR, "aart",
            Rol.BEHEERDER, "bea");
    private static final List<String> ALL_USERS = List.of("anna", "bram", "petra", "dirk", "maria", "aart", "bea");
    private static final List<String> REGIMES = List.of("WMO_MELDING_ONDERZOEK", "WMO_AANVRAAG_BESCHIKKING",
            "JEUGDWET_AANVRAAG_BESCHIKKING", "PARTICIPATIEWET_AANVRAAG_BESLUIT", "SCHULDHULP_VERZOEK_EERSTE_GESPREK");

    private final Random random;
    private final JsonNode components;
    private final List<Fixture> fixtures;
    private Fixture fixture;
    private final AtomicInteger volgnummer = new AtomicInteger();

    /** Requests are spread over several households, so that one a bug poisons does not hide what the next does. */
    VijandigeVerzoeken(long seed, JsonNode apiDocs, List<Fixture> fixtures) {
        this.random = new Random(seed);
        this.components = apiDocs.path("components").path("schemas");
        this.fixtures = List.copyOf(fixtures);
    }

    /** Every operation under {@code /api/} of the API description. */
    static List<Operatie> operaties(JsonNode apiDocs) {
        List<Operatie> operaties = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = apiDocs.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                List<JsonNode> parameters = new ArrayList<>();
                // springdoc describes the resolved WriteRequest argument as an object query parameter "write";
                // no client sends it, so it is not one of the parameters to vary
                op.getValue().path("parameters").forEach(parameter -> {
                    if (!parameter.path("schema").has("$ref")) {
                        parameters.add(parameter);
                    }
                });
                JsonNode body = op.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                operaties.add(new Operatie(op.getKey().toUpperCase(), path.getKey(), parameters,
                        body.isMissingNode() ? null : body));
            }
        }
        return operaties;
    }

    // ---------------------------------------------------------------------------------------------------------
    // the request

    Verzoek next(Operatie operatie) {
        fixture = pick(fixtures);
        String user = allowedUser(operatie);
        String password = user;
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (JsonNode parameter : operatie.parameters()) {
            if (parameter.path("in").asText().equals("path")) {
                pathValues.put(parameter.get("name").asText(), validPathValue(parameter.get("name").asText()));
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operatie.parameters()) {
            if (parameter.path("in").asText().equals("query")
                    && (parameter.path("required").asBoolean() || random.nextInt(3) == 0)) {
                query.put(parameter.get("name").asText(), validQueryValue(parameter));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", operatie.template().endsWith(".csv") ? "text/csv" : "application/json");
        Object body = null;
        boolean post = operatie.method().equals("POST");
        if (post) {
            headers.put("Content-Type", "application/json");
            body = operatie.bodySchema() == null ? Map.of() : valid(null, operatie.bodySchema(), 0);
            if (random.nextInt(4) == 0) {
                headers.put("Idempotency-Key", "fuzz-" + UUID.randomUUID());
            }
        }
        String method = operatie.method();
        String vorm = "geldig";
        String rawBody = null;
        List<String> merktekens = new ArrayList<>();

        int soort = random.nextInt(100);
        if (soort < 22) {
            // valid: the boundary is crossed only by the domain's own rules (409, 404) or not at all
        } else if (soort < 47 && post && body instanceof Map<?, ?> map && !map.isEmpty()) {
            FieldMutation mutation = mutateField(body);
            body = mutation.body();
            vorm = "veld " + mutation.description();
        } else if (soort < 57 && post) {
            String json = Json.write(body);
            Mutation mutation = pick(structureMutations(json));
            rawBody = mutation.apply();
            vorm = "body " + mutation.name();
        } else if (soort < 67 && !pathValues.isEmpty()) {
            String name = pick(new ArrayList<>(pathValues.keySet()));
            Hostile hostile = hostilePathValue();
            pathValues.put(name, hostile.value());
            vorm = "pad {" + name + "}=" + hostile.name();
        } else if (soort < 77) {
            Hostile hostile = hostileQueryValue();
            List<String> names = new ArrayList<>();
            operatie.parameters().stream().filter(p -> p.path("in").asText().equals("query"))
                    .forEach(p -> names.add(p.get("name").asText()));
            names.add("onbekend");
            String name = pick(names);
            query.put(name, hostile.value());
            vorm = "query " + name + "=" + hostile.name();
        } else if (soort < 87) {
            HeaderMutation mutation = mutateHeader(post);
            if (mutation.value() == null) {
                headers.remove(mutation.header());
            } else {
                headers.put(mutation.header(), mutation.value());
            }
            if (mutation.body() != null) {
                rawBody = mutation.body();
            }
            vorm = "header " + mutation.header() + ": " + mutation.name();
        } else if (soort < 95) {
            int keuze = random.nextInt(5);
            switch (keuze) {
                case 0 -> {
                    user = null;
                    vorm = "anoniem";
                }
                case 1 -> {
                    user = null;
                    headers.put("Accept", "text/html");
                    vorm = "anoniem met Accept: text/html";
                }
                case 2 -> {
                    password = "fout";
                    vorm = "verkeerd wachtwoord";
                }
                case 3 -> {
                    user = pick(ALL_USERS);
                    password = user;
                    vorm = "als " + user;
                }
                default -> {
                    user = user == null ? "anna" : user.toUpperCase();
                    password = user.toLowerCase();
                    vorm = "gebruikersnaam in hoofdletters";
                }
            }
        } else {
            method = pick(List.of("OPTIONS", "PUT", "DELETE", "PATCH", "HEAD", post ? "GET" : "POST"));
            vorm = "methode " + method;
            if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                headers.put("Content-Type", "application/json");
                rawBody = "{}";
            }
        }
        if (rawBody == null && body != null && (method.equals("POST") || method.equals("PUT")
                || method.equals("PATCH"))) {
            rawBody = Json.write(body);
        }
        if (rawBody != null) {
            for (String merkteken : MERKTEKENS) {
                if (rawBody.contains(merkteken)) {
                    merktekens.add(merkteken);
                }
            }
        }
        query.values().forEach(value -> MERKTEKENS.stream().filter(value::contains).forEach(merktekens::add));
        return new Verzoek(operatie, method, path(operatie.template(), pathValues, query), user, password, headers,
                rawBody, vorm, merktekens);
    }

    private String allowedUser(Operatie operatie) {
        for (AutorisatieMatrixTest.Endpoint endpoint : AutorisatieMatrixTest.MATRIX) {
            if (endpoint.method().equals(operatie.method()) && endpoint.template().equals(operatie.template())) {
                List<Rol> rollen = new ArrayList<>(endpoint.rollen());
                rollen.sort(null);
                return DEMO_USER.get(pick(rollen));
            }
        }
        return pick(ALL_USERS);
    }

    private static String path(String template, Map<String, String> pathValues, Map<String, String> query) {
        String path = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String validPathValue(String name) {
        return switch (name) {
            case "huishoudenId" -> fixture.huishoudenId();
            case "casusId" -> fixture.casusId();
            case "termijnId" -> fixture.termijnId();
            case "actieId" -> random.nextBoolean() ? fixture.actieId() : "actie-" + random.nextInt(4);
            case "doorbraakId" -> fixture.doorbraakId();
            case "subjectId" -> random.nextBoolean() ? fixture.persoonId() : fixture.huishoudenId();
            case "naam" -> pick(fixture.projecties());
            case "team" -> pick(List.of("WMO", "SCHULDHULP"));
            case "gebruikersnaam" -> pick(List.of("anna", "bram"));
            default -> "onbekend-" + random.nextInt(10);
        };
    }

    private String validQueryValue(JsonNode parameter) {
        String name = parameter.get("name").asText();
        JsonNode schema = parameter.path("schema");
        if (schema.has("enum")) {
            return pick(schema.get("enum")).asText();
        }
        return switch (name) {
            case "page", "pagina" -> String.valueOf(random.nextInt(2));
            case "size", "grootte" -> String.valueOf(1 + random.nextInt(50));
            case "binnenDagen" -> String.valueOf(random.nextInt(30));
            case "van" -> "2026-01-01";
            case "tot" -> "2026-12-31";
            case "periode" -> pick(List.of("MAAND", "KWARTAAL", "JAAR", "2026-11"));
            case "wijk" -> "Noord";
            case "huishoudenId" -> fixture.huishoudenId();
            case "gebruiker", "actor" -> pick(ALL_USERS);
            case "opgepakt" -> String.valueOf(random.nextBoolean());
            case "volgorde" -> pick(List.of("OUD_NIEUW", "NIEUW_OUD"));
            default -> switch (schema.path("type").asText()) {
                case "integer" -> String.valueOf(random.nextInt(10));
                case "boolean" -> String.valueOf(random.nextBoolean());
                default -> "x";
            };
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // valid bodies from the schema

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    private Object valid(String name, JsonNode schemaOrRef, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        if (schema.has("enum")) {
            return pick(schema.get("enum")).asText();
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (schema.has("properties")) {
                    Set<String> required = new java.util.HashSet<>();
                    schema.path("required").forEach(r -> required.add(r.asText()));
                    for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> property = it.next();
                        if (required.contains(property.getKey()) || random.nextInt(4) != 0 || depth > 3) {
                            object.put(property.getKey(), valid(property.getKey(), property.getValue(), depth + 1));
                        }
                    }
                } else if (schema.has("additionalProperties")) {
                    // a map such as the uitkomsten per hulpvraag
                    object.put(fixture.hulpvraagId(), valid(null, schema.get("additionalProperties"), depth + 1));
                }
                return object;
            }
            case "array" -> {
                List<Object> items = new ArrayList<>();
                int count = 1 + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    items.add(valid(name, schema.path("items"), depth + 1));
                }
                return schema.path("uniqueItems").asBoolean() ? new ArrayList<>(new java.util.LinkedHashSet<>(items))
                        : items;
            }
            case "integer" -> {
                return random.nextInt(10);
            }
            case "number" -> {
                return "bedrag".equals(name) ? pick(List.of("0", "125.50", "2450.00")) : random.nextInt(100);
            }
            case "boolean" -> {
                return random.nextInt(5) != 0;
            }
            default -> {
                return validText(name, schema);
            }
        }
    }

    private String validText(String name, JsonNode schema) {
        if (name != null) {
            switch (name) {
                case "huishoudenId" -> {
                    return random.nextBoolean() ? fixture.huishoudenId()
                            : "hh-fuzz-" + volgnummer.incrementAndGet();
                }
                case "hulpvraagId", "zwaarsteVraagstukHulpvraagId" -> {
                    return fixture.hulpvraagId();
                }
                case "actieId" -> {
                    return "actie-" + random.nextInt(6);
                }
                case "gebruikersnaam", "eigenaar" -> {
                    return pick(List.of("anna", "bram"));
                }
                case "goedkeurder" -> {
                    return "petra";
                }
                case "team", "naarTeam" -> {
                    return pick(List.of("WMO", "SCHULDHULP"));
                }
                case "regime" -> {
                    return pick(REGIMES);
                }
                case "bsn" -> {
                    return pick(List.of("111222333", "123456782"));
                }
                case "bedrag" -> {
                    return pick(List.of("0.00", "125.50", "2450.00"));
                }
                case "naam" -> {
                    return pick(List.of("Fenna de Vries", "Jan-Willem van 't Hof", "Özlem Yılmaz"));
                }
                case "wijk" -> {
                    return pick(List.of("Noord", "Zuid"));
                }
                default -> {
                }
            }
        }
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            return "geboortedatum".equals(name) ? "1985-03-14" : "2027-0" + (1 + random.nextInt(9)) + "-15";
        }
        if (format.equals("date-time")) {
            return "2026-12-01T10:00:00Z";
        }
        int max = schema.path("maxLength").asInt(200);
        String text = pick(List.of("Afspraak met de verhuurder", "Zorgen om de kinderen; school belt vaak.",
                "Regel 1\nRegel 2\twith tab", "Één, twee — drie € 10"));
        if (random.nextInt(10) == 0) {
            // the longest text the contract allows
            text = "a".repeat(Math.max(1, Math.min(max, 8000)));
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    // ---------------------------------------------------------------------------------------------------------
    // hostile values

    record Hostile(String name, String value) {
    }

    /** A JSON value written verbatim, for what the JSON writer would never produce. */
    record Raw(String json) {
    }

    private record FieldMutation(Object body, String description) {
    }

    private record Mutation(String name, Supplier<String> body) {
        String apply() {
            return body.get();
        }
    }

    private record HeaderMutation(String header, String name, String value, String body) {
    }

    private List<Hostile> hostileStrings() {
        return List.of(new Hostile("leeg", ""), new Hostile("spaties", "   "),
                new Hostile("script", "<script>alert(1)</script>"),
                new Hostile("NUL", "a\u0000b"), new Hostile("stuurtekens", "a\u0007\u001b[31m\u007fb"),
                new Hostile("regeleinde-header", "x\r\nX-Injected: 1"),
                new Hostile("RTL", "\u202Egnissiw"), new Hostile("emoji", "👪🏽‍"),
                new Hostile("combinerend", "e\u0301\u0301\u0301"),
                new Hostile("sql", "' OR 1=1; DROP TABLE domainevententry; --"),
                new Hostile("jndi", "${jndi:ldap://x/a}"), new Hostile("template", "{{7*7}}"),
                new Hostile("pad", "../../etc/passwd"),
                new Hostile("200 tekens", "r".repeat(200)), new Hostile("5000 tekens", "r".repeat(5000)),
                new Hostile("true-als-tekst", "true"), new Hostile("getal-als-tekst", "1"),
                new Hostile("datum-met-tijd", "1985-03-14T00:00:00Z"),
                new Hostile("jaar-999999999", "+999999999-12-31"),
                new Hostile("30-februari", "2027-02-30"), new Hostile("onbekend-team", "TEAM_BESTAAT_NIET"),
                new Hostile("kleine-letters-enum", "telefoon"));
    }

    private Object hostileJsonValue(StringBuilder description) {
        int keuze = random.nextInt(100);
        if (keuze < 2) {
            description.append("1MB-tekst");
            return MEGABYTE;
        }
        if (keuze < 45) {
            Hostile hostile = pick(hostileStrings());
            description.append(hostile.name());
            return hostile.value();
        }
        if (keuze < 52) {
            description.append("losse-surrogaat");
            return new Raw("\"a\\ud800b\"");
        }
        List<Object[]> others = List.of(
                new Object[] {"getal-1", 1}, new Object[] {"getal-3", 3}, new Object[] {"negatief", -1},
                new Object[] {"datum-als-getal", 20270131}, new Object[] {"1e308", new Raw("1e308")},
                new Object[] {"groot-getal", new Raw("123456789012345678901234567890")},
                new Object[] {"breuk", 0.5}, new Object[] {"true", true}, new Object[] {"false", false},
                new Object[] {"null", null}, new Object[] {"lege-lijst", List.of()},
                new Object[] {"lijst-met-getal", List.of(3)}, new Object[] {"leeg-object", Map.of()},
                new Object[] {"object", Map.of("a", Map.of("b", List.of(1, "x")))},
                new Object[] {"geneste-lijsten", List.of(List.of(List.of()))},
                new Object[] {"NaN", new Raw("NaN")}, new Object[] {"enkele-quotes", new Raw("'x'")});
        Object[] other = pick(others);
        description.append(other[0]);
        return other[1];
    }

    @SuppressWarnings("unchecked")
    private FieldMutation mutateField(Object body) {
        // walk to a random field, possibly inside a nested object or list, and replace its value
        Map<String, Object> copy = (Map<String, Object>) deepCopy(body);
        Object container = copy;
        StringBuilder path = new StringBuilder();
        for (int depth = 0; depth < 4; depth++) {
            if (container instanceof Map<?, ?> map && !map.isEmpty()) {
                List<String> keys = new ArrayList<>((Set<String>) map.keySet());
                String key = pick(keys);
                Object value = map.get(key);
                path.append(path.isEmpty() ? "" : ".").append(key);
                if ((value instanceof Map<?, ?> || value instanceof List<?>) && random.nextBoolean()
                        && !(value instanceof Map<?, ?> m && m.isEmpty())
                        && !(value instanceof List<?> l && l.isEmpty())) {
                    container = value;
                    continue;
                }
                StringBuilder description = new StringBuilder();
                ((Map<String, Object>) map).put(key, hostileJsonValue(description));
                return new FieldMutation(copy, path + "=" + description);
            }
            if (container instanceof List<?> list && !list.isEmpty()) {
                int index = random.nextInt(list.size());
                path.append('[').append(index).append(']');
                Object value = list.get(index);
                if ((value instanceof Map<?, ?> m && !m.isEmpty()) && random.nextInt(3) != 0) {
                    container = value;
                    continue;
                }
                StringBuilder description = new StringBuilder();
                ((List<Object>) list).set(index, hostileJsonValue(description));
                return new FieldMutation(copy, path + "=" + description);
            }
            break;
        }
        StringBuilder description = new StringBuilder();
        copy.put("actor", hostileJsonValue(description));
        return new FieldMutation(copy, "actor=" + description);
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }

    private List<Mutation> structureMutations(String json) {
        boolean object = json.startsWith("{") && json.length() > 2;
        String firstKey = object && json.indexOf(':') > 0 ? json.substring(1, json.indexOf(':')) : "\"x\"";
        return List.of(
                new Mutation("afgebroken", () -> json.substring(0, Math.max(1, json.length() / 2))),
                new Mutation("accolade-te-veel", () -> json + "}"),
                new Mutation("tekst-erachter", () -> json + " en nog wat"),
                new Mutation("tweede-document", () -> json + " {}"),
                new Mutation("dubbele-sleutel", () -> object
                        ? "{" + firstKey + ":\"dubbel\"," + json.substring(1) : "{\"a\":1,\"a\":2}"),
                new Mutation("onbekend-veld-actor", () -> object
                        ? "{\"actor\":\"dirk\"," + json.substring(1) : "{\"actor\":\"dirk\"}"),
                new Mutation("onbekend-veld", () -> object
                        ? "{\"<script>x</script>\":1," + json.substring(1) : "{\"onbekend\":1}"),
                new Mutation("leeg", () -> ""), new Mutation("null", () -> "null"),
                new Mutation("lijst", () -> "[" + json + "]"), new Mutation("tekst", () -> "\"hallo\""),
                new Mutation("getal", () -> "42"),
                new Mutation("BOM", () -> "\uFEFF" + json),
                new Mutation("commentaar", () -> "/* x */" + json),
                new Mutation("enkele-quotes", () -> json.replace('"', '\'')),
                new Mutation("komma-erachter", () -> object ? json.substring(0, json.length() - 1) + ",}" : "[1,]"),
                new Mutation("diep-genest", () -> "[".repeat(5000) + "]".repeat(5000)),
                new Mutation("diep-genest-object", () -> "{\"a\":".repeat(2000) + "1" + "}".repeat(2000)),
                new Mutation("NUL-in-tekst", () -> json.replace("\"", "\"\u0000")),
                new Mutation("ongeldig-utf8", () -> json + "\uDC00"),
                new Mutation("xml", () -> "<melding><actor>dirk</actor></melding>"));
    }

    private Hostile hostilePathValue() {
        List<Hostile> values = new ArrayList<>(hostileStrings());
        values.removeIf(h -> h.value().isEmpty() || h.value().isBlank());
        values.add(new Hostile("1MB", MEGABYTE.substring(0, 6000)));
        values.add(new Hostile("punt-punt", ".."));
        values.add(new Hostile("bestaat-niet", "bestaat-niet-" + random.nextInt(1000)));
        values.add(new Hostile("andere-casus-id", fixture.huishoudenId()));
        Hostile hostile = pick(values);
        return new Hostile(hostile.name(), encode(hostile.value()));
    }

    private Hostile hostileQueryValue() {
        List<Hostile> values = new ArrayList<>(hostileStrings());
        values.addAll(List.of(new Hostile("min-1", "-1"), new Hostile("int-overloop", "2147483648"),
                new Hostile("min-int-overloop", "-2147483649"), new Hostile("groot", "999999999999999999999"),
                new Hostile("wetenschappelijk", "1e3"), new Hostile("nul", "0"),
                new Hostile("jaar-min-999999999", "-999999999-01-01"), new Hostile("maand-13", "2026-13-45"),
                new Hostile("lange-tekst", "q".repeat(3000))));
        return pick(values);
    }

    private HeaderMutation mutateHeader(boolean post) {
        int keuze = random.nextInt(post ? 10 : 5);
        return switch (keuze) {
            case 0 -> new HeaderMutation("Accept", "xml-ed", pick(List.of("application/xml", "text/html", "text/csv",
                    "image/png", "garbage", "*/*;q=x", "application/json;q=0")), null);
            case 1 -> new HeaderMutation("X-Correlation-Id", "vreemd", pick(List.of("c".repeat(5000),
                    "<script>alert(1)</script>", "'; DROP TABLE domainevententry; --", " ", "a b c")), null);
            case 2 -> new HeaderMutation("Authorization", "vreemd", pick(List.of("Basic", "Basic !!!",
                    "Bearer x.y.z", "Basic " + java.util.Base64.getEncoder().encodeToString("anna".getBytes()),
                    "Digest x")), null);
            case 3 -> new HeaderMutation("Accept-Language", "vreemd", "x".repeat(300), null);
            case 4 -> new HeaderMutation("Accept", "leeg", "", null);
            case 5 -> new HeaderMutation("Content-Type", "vreemd", pick(List.of("*/*", "text/plain",
                    "application/xml", "application/json; charset=ebcdic", "multipart/form-data", "garbage",
                    "application/*", "application/merge-patch+json")), null);
            case 6 -> new HeaderMutation("Content-Type", "formulier-met-NUL", "application/x-www-form-urlencoded",
                    pick(List.of("%00=x", "a%00b=1&c=2", "=", "%zz=1", "reden=x%00y")));
            case 7 -> new HeaderMutation("Idempotency-Key", "vreemd", pick(List.of("k".repeat(129), "k".repeat(5000),
                    "kort", "sleutel met spaties", "<script>alert(1)</script>", "ééééééééé", "")), null);
            case 8 -> new HeaderMutation("If-Match", "vreemd", pick(List.of("versie-twaalf", "\"-1\"",
                    "\"99999999999999999999\"", "W/\"1\"", "\"1\", \"2\"", "*", "\"\"", "i".repeat(5000),
                    "\"0\"", "\"999999\"")), null);
            default -> new HeaderMutation("Content-Type", "ontbreekt", null, null);
        };
    }

    // ---------------------------------------------------------------------------------------------------------

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private JsonNode pick(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }

    /** Writes maps, lists, strings, numbers, booleans, null and {@link Raw} fragments as JSON text. */
    static final class Json {
        private Json() {
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Raw raw) {
                out.append(raw.json());
            } else if (value instanceof String text) {
                out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(first ? "" : ",");
                    write(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                    first = false;
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(list.get(i), out);
                }
                out.append(']');
            } else {
                out.append(value);
            }
        }
    }
}
