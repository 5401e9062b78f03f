package dev.orgkit.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code src/test/node/clerk-receiver.mjs}, a webhook endpoint written as Clerk's docs show one
 * (svix verification, a switch on {@code evt.type}), run by the machine's node on a free port.
 * What it printed is available as JSON lines.
 */
public final class ClerkReceiver implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Process node;
    private final List<JsonNode> lines = new ArrayList<>();

    /**
     * Starts the receiver on {@code port} (from {@link #freePort()}, the port of the endpoint's
     * {@link #url(int)}) with the endpoint's signing secret ({@code whsec_...}).
     */
    public ClerkReceiver(int port, String signingSecret) {
        Path dir = KeycloakServer.requiredPath("orgkit.it.nodeDir");
        if (!Files.isDirectory(dir.resolve("node_modules/svix"))) {
            throw new IllegalStateException("svix is not installed; run npm ci in " + dir);
        }
        ProcessBuilder builder = new ProcessBuilder("node", "clerk-receiver.mjs").directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("CLERK_WEBHOOK_SIGNING_SECRET", signingSecret);
        try {
            node = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node (is it installed?)", e);
        }
        Thread reader = new Thread(this::read, "clerk-receiver-stdout");
        reader.setDaemon(true);
        reader.start();
        await("the receiver to listen", line -> line.has("listening"), STARTUP);
    }

    public static int freePort() {
        return KeycloakServer.freePort();
    }

    /** The URL to register as the endpoint of a receiver on {@code port}. */
    public static String url(int port) {
        return "http://127.0.0.1:" + port + "/api/webhooks";
    }

    public synchronized List<JsonNode> lines() {
        return List.copyOf(lines);
    }

    /** Waits for a printed line that matches, and returns it. */
    public JsonNode await(String what, Predicate<JsonNode> filter, Duration timeout) {
        return Eventually.get(what + " (clerk-receiver printed " + lines() + ")", timeout,
                () -> lines().stream().filter(filter).findFirst().orElse(null));
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                JsonNode json = Http.JSON.readTree(line);
                synchronized (this) {
                    lines.add(json);
                }
            }
        } catch (IOException closed) {
            // the process ended
        }
    }

    @Override
    public void close() {
        node.destroy();
    }
}
