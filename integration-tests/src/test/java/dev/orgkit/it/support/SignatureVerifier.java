package dev.orgkit.it.support;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks webhook signatures with independent, widely used implementations: the npm packages
 * {@code standardwebhooks} (webhook-* headers) and {@code svix} (svix-* headers), run by the
 * machine's node from {@code src/test/node} (installed by {@code npm ci} in pre-integration-test).
 */
public final class SignatureVerifier implements AutoCloseable {

    public static final String STANDARD_WEBHOOKS = "standardwebhooks";
    public static final String SVIX = "svix";

    /** What the library said. */
    public record Verdict(boolean ok, String error) { }

    private final Process node;
    private final BufferedWriter in;
    private final BufferedReader out;

    public SignatureVerifier() {
        Path dir = KeycloakServer.requiredPath("orgkit.it.nodeDir");
        if (!Files.isDirectory(dir.resolve("node_modules/standardwebhooks"))) {
            throw new IllegalStateException("the webhook verifier is not installed; run npm ci in " + dir);
        }
        try {
            node = new ProcessBuilder("node", "verify.mjs").directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node (is it installed?)", e);
        }
        in = new BufferedWriter(new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8));
        out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Verifies one delivery with {@code library} and {@code secret}, as a receiver would. */
    public synchronized Verdict verify(String library, String secret, WebhookReceiver.Delivery delivery) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("library", library);
        request.put("secret", secret);
        request.put("headers", delivery.headers());
        request.put("body", delivery.body());
        try {
            in.write(Http.JSON.writeValueAsString(request));
            in.newLine();
            in.flush();
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("the node verifier exited");
            }
            JsonNode answer = Http.JSON.readTree(line);
            return new Verdict(answer.path("ok").asBoolean(), answer.path("error").asText(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        node.destroy();
    }
}
