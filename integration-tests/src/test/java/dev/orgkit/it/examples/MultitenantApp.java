package dev.orgkit.it.examples;

import dev.orgkit.it.support.ClerkReceiver;
import dev.orgkit.it.support.Eventually;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.KeycloakServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code examples/multitenant-app} as a process: installed with its own {@code run --install-only}
 * (npm ci, the SDK packages it uses), started with {@code run} (the README's command) on a free port with the
 * test realm's issuer and the server's bootstrap admin, its own SQLite file, and the debug endpoint
 * ({@code GET /debug/sync}) on. What it prints is kept for failure messages and in
 * {@code it-work/example-app-<port>.log}.
 */
final class MultitenantApp implements AutoCloseable {

    private static final Duration INSTALL = Duration.ofMinutes(8);
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process node;
    private final List<String> lines = new ArrayList<>();
    private final String url;
    private final Path log;

    private MultitenantApp(Process node, String url, Path log) {
        this.node = node;
        this.url = url;
        this.log = log;
    }

    /** The example's folder: beside {@code docs/} in the repository. */
    static Path directory() {
        String docs = System.getProperty("orgkit.it.docsDir");
        if (docs == null) {
            throw new IllegalStateException("orgkit.it.docsDir is not set; run the tests through Maven");
        }
        return Path.of(docs).toAbsolutePath().normalize().getParent().resolve("examples/multitenant-app");
    }

    static int freePort() {
        return ClerkReceiver.freePort();
    }

    /** Installs the app, starts it at {@code http://127.0.0.1:<port>} and waits until it says it is ready. */
    static MultitenantApp start(int port, String issuer, Path database, Path logDir) {
        Path dir = directory();
        install(dir, logDir.resolve("example-app-install.log"));
        String url = "http://127.0.0.1:" + port;
        // the README's command: installed above, so it goes straight to node
        ProcessBuilder builder = new ProcessBuilder("bash", "run").directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(port));
        env.put("APP_BASE_URL", url);
        env.put("ORGKIT_ISSUER", issuer);
        env.put("ORGKIT_ADMIN_USERNAME", KeycloakServer.ADMIN_USER);
        env.put("ORGKIT_ADMIN_PASSWORD", KeycloakServer.ADMIN_PASSWORD);
        env.put("DATABASE_URL", "sqlite:" + database.toAbsolutePath());
        env.put("APP_DEBUG_ENDPOINTS", "true");
        env.remove("ORGKIT_WEBHOOK_SECRET");
        MultitenantApp app;
        try {
            app = new MultitenantApp(builder.start(), url, logDir.resolve("example-app-" + port + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node (is it installed?)", e);
        }
        Thread reader = new Thread(app::read, "multitenant-app-output");
        reader.setDaemon(true);
        reader.start();
        try {
            Eventually.until("the example app to be ready", STARTUP, () -> {
                if (!app.node.isAlive()) {
                    throw new AssertionError("the example app ended with " + app.node.exitValue());
                }
                return app.lines().stream().anyMatch(line -> line.equals("[ledgerly] ready"));
            });
        } catch (AssertionError notReady) {
            app.close();
            throw new AssertionError(notReady.getMessage() + "; it printed:\n" + app.output(), notReady);
        }
        return app;
    }

    private static void install(Path dir, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Process install = new ProcessBuilder("bash", "run", "--install-only").directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!install.waitFor(INSTALL.toSeconds(), TimeUnit.SECONDS)) {
                install.descendants().forEach(ProcessHandle::destroyForcibly);
                install.destroyForcibly();
                throw new AssertionError("installing the example app took over " + INSTALL.toMinutes() + " minutes; see " + log);
            }
            if (install.exitValue() != 0) {
                throw new AssertionError("installing the example app failed (" + install.exitValue() + "):\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return url;
    }

    Http http() {
        return new Http(url);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    String output() {
        return String.join("\n", lines());
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                synchronized (this) {
                    lines.add(line);
                }
                Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException closed) {
            // the process ended
        }
    }

    @Override
    public void close() {
        node.destroy();
        try {
            if (!node.waitFor(10, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
