package dev.orgkit.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A token as an app using Clerk's SDKs reads it: {@code src/test/node/clerk-auth.mjs} decodes it
 * with {@code @clerk/backend} and parses the claims with {@code @clerk/shared/jwtPayloadParser}
 * (installed by {@code npm ci} in pre-integration-test), so orgkit's encoding is checked by code
 * orgkit shares nothing with.
 *
 * @param orgId null when Clerk sees no active organization; likewise the others
 * @param has the answers of Clerk's {@code has()} to the checks asked, in order
 */
public record ClerkAuth(String orgId, String orgSlug, String orgRole, List<String> orgPermissions, List<Boolean> has) {

    private static final long TIMEOUT_SECONDS = 60;

    /** Clerk's reading of {@code token}, with {@code has(check)} for each check (e.g. {@code Map.of("permission", "org:x:y")}). */
    public static ClerkAuth read(String token, List<Map<String, String>> checks) {
        Path dir = KeycloakServer.requiredPath("orgkit.it.nodeDir");
        if (!Files.isDirectory(dir.resolve("node_modules/@clerk/shared"))) {
            throw new IllegalStateException("Clerk's SDK is not installed; run npm ci in " + dir);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("token", token);
        request.put("has", checks);
        try {
            Process node = new ProcessBuilder("node", "clerk-auth.mjs").directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream in = node.getOutputStream()) {
                in.write(Http.JSON.writeValueAsBytes(request));
            }
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                throw new IllegalStateException("clerk-auth.mjs did not exit");
            }
            JsonNode answer = Http.JSON.readTree(output);
            if (answer.has("error")) {
                throw new IllegalStateException("Clerk's SDK could not read the token: " + answer.path("error").asText());
            }
            return new ClerkAuth(answer.path("orgId").asText(null), answer.path("orgSlug").asText(null),
                    answer.path("orgRole").asText(null), strings(answer.get("orgPermissions")), booleans(answer.path("has")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run node (is it installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static ClerkAuth read(String token) {
        return read(token, List.of());
    }

    private static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<Boolean> booleans(JsonNode array) {
        List<Boolean> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asBoolean()));
        return values;
    }
}
