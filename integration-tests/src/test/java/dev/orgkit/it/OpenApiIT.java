package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/openapi.yaml against the running server: every documented operation is routed and guarded
 * (401 without a token), and every documented read answers a documented status with a body that
 * matches its schema.
 */
class OpenApiIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static final JsonNode DOC = load();
    private static String superadmin;

    @BeforeAll
    static void superadmin() {
        superadmin = realm.createUserAndReturnName();
        realm.grantRealmRole(realm.admin().userId(realm.name(), superadmin), "orgkit-superadmin");
    }

    static Stream<Arguments> operations() {
        List<Arguments> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = DOC.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : new String[] {"get", "post", "put", "patch", "delete"}) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations.add(Arguments.of(method.toUpperCase(), path.getKey(), path.getValue(), operation));
                }
            }
        }
        return operations.stream();
    }

    @ParameterizedTest(name = "{0} {1} needs a token")
    @MethodSource("operations")
    void everyDocumentedOperationIsRoutedAndAsksForAToken(String method, String template, JsonNode path, JsonNode operation) {
        if (path.path("x-orgkit-public").asBoolean(false) || operation.path("x-orgkit-public").asBoolean(false)) {
            return;
        }
        Http.Response response = request(method, resolve(template, path, operation), null).send();

        assertThat(response.status()).as(method + " " + template + " without a token: " + response.body()).isEqualTo(401);
        assertThat(operation.path("responses").has("401")).as("401 documented for " + method + " " + template).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} answers as documented")
    @MethodSource("operations")
    void everyDocumentedReadAnswersADocumentedStatusAndShape(String method, String template, JsonNode path, JsonNode operation) {
        if (!method.equals("GET") || path.path("x-orgkit-public").asBoolean(false)
                || !operation.path("x-orgkit-live-check").asBoolean(true)) {
            return;
        }
        String token = template.startsWith("/admin/") ? realm.admin().token() : realm.login(superadmin).accessToken();

        Http.Response response = request(method, resolve(template, path, operation), token).send();

        String status = Integer.toString(response.status());
        assertThat(operation.path("responses").has(status)).as(method + " " + template + " answered " + status + ": "
                + response.body()).isTrue();
        assertThat(response.status()).as(method + " " + template + ": " + response.body()).isBetween(200, 299);
        JsonNode schema = operation.path("responses").path(status).path("content").path("application/json").path("schema");
        if (!schema.isMissingNode()) {
            List<String> problems = new ArrayList<>();
            check(response.json(), schema, "$", problems);
            assertThat(problems).as(method + " " + template + " body " + response.body()).isEmpty();
        }
    }

    private static Http.Request request(String method, String path, String token) {
        Http.Request request = switch (method) {
            case "GET" -> realm.http().get(path);
            case "POST" -> realm.http().post(path).json(Map.of());
            case "PUT" -> realm.http().put(path).json(Map.of());
            case "PATCH" -> realm.http().patch(path).json(Map.of());
            case "DELETE" -> realm.http().delete(path);
            default -> throw new IllegalArgumentException(method);
        };
        return request.bearer(token);
    }

    /** Fills path parameters: the test realm, alice's id, else the parameter's documented example. */
    private static String resolve(String template, JsonNode path, JsonNode operation) {
        String resolved = template.replace("{realm}", realm.name()).replace("{userId}", realm.admin().userId(realm.name(), "alice"));
        List<JsonNode> parameters = new ArrayList<>();
        path.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            JsonNode p = deref(parameter);
            if ("path".equals(p.path("in").asText()) && p.has("example")) {
                resolved = resolved.replace("{" + p.path("name").asText() + "}", p.path("example").asText());
            }
        }
        assertThat(resolved).as("every path parameter of " + template + " has an example").doesNotContain("{");
        return resolved;
    }

    /** A small structural check: types, required properties, items, maps and $ref / oneOf. */
    private static void check(JsonNode value, JsonNode declared, String at, List<String> problems) {
        JsonNode schema = deref(declared);
        if (schema.has("oneOf")) {
            for (JsonNode option : schema.path("oneOf")) {
                List<String> attempt = new ArrayList<>();
                check(value, option, at, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
            }
            problems.add(at + " matches none of oneOf");
            return;
        }
        List<String> types = new ArrayList<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        if (!types.isEmpty() && types.stream().noneMatch(t -> matches(value, t))) {
            problems.add(at + " is not " + types + ": " + value);
            return;
        }
        if (value.isObject()) {
            schema.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    problems.add(at + " lacks required " + r.asText());
                }
            });
            value.fields().forEachRemaining(field -> {
                JsonNode property = schema.path("properties").path(field.getKey());
                if (!property.isMissingNode()) {
                    check(field.getValue(), property, at + "." + field.getKey(), problems);
                } else if (schema.path("additionalProperties").isObject()) {
                    check(field.getValue(), schema.path("additionalProperties"), at + "." + field.getKey(), problems);
                } else if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
                    problems.add(at + " has undocumented " + field.getKey());
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.path("items"), at + "[" + i + "]", problems);
            }
        }
    }

    private static boolean matches(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static JsonNode deref(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String[] parts = current.path("$ref").asText().substring(2).split("/");
            JsonNode target = DOC;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    private static JsonNode load() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of(System.getProperty("orgkit.it.docsDir")).resolve("openapi.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
