package dev.orgkit.it.sdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.Tokens;

/**
 * A tiny app on its own origin ({@code http://127.0.0.1:<free port>}): serves the switcher's
 * example page ({@code sdk/switcher/example/index.html}, pointed at the server under test) and the
 * prebuilt {@code dist/orgkit-switcher.js}, and stands for the app's server holding the user's
 * session: {@code GET /session/token} hands the page the current access token, {@code POST
 * /session/refresh} refreshes the session's tokens with the refresh token.
 */
final class SwitcherPage implements AutoCloseable {

    private final HttpServer server;
    private final Path dist;
    private final Path page;
    private volatile String baseUrl;
    private volatile String realm;
    private final AtomicReference<Tokens.TokenSet> session = new AtomicReference<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private volatile UnaryOperator<Tokens.TokenSet> refresher = tokens -> {
        throw new IllegalStateException("no session");
    };

    private SwitcherPage(HttpServer server, Path dist, Path page) {
        this.server = server;
        this.dist = dist;
        this.page = page;
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /**
     * Starts the app on a free port of 127.0.0.1, serving {@code dist} (the built switcher) and
     * {@code page}; its origin is known from then on, the server under test later ({@link #pointAt}).
     */
    static SwitcherPage start(Path dist, Path page) {
        if (!Files.isRegularFile(dist.resolve("orgkit-switcher.js"))) {
            throw new IllegalStateException(dist + "/orgkit-switcher.js is missing; build sdk/switcher (./mvnw -pl integration-tests -am)");
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            return new SwitcherPage(server, dist, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app's origin, e.g. {@code http://127.0.0.1:41234}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The Keycloak base URL and realm the page's switcher talks to. */
    void pointAt(String baseUrl, String realm) {
        this.baseUrl = baseUrl;
        this.realm = realm;
    }

    String pageUrl() {
        return origin() + "/";
    }

    /** Signs the session in with {@code tokens}; {@code refresher} refreshes them when the page asks. */
    void signIn(Tokens.TokenSet tokens, UnaryOperator<Tokens.TokenSet> refresher) {
        this.refresher = refresher;
        session.set(tokens);
    }

    /** The session's tokens now (after any refresh the page asked for). */
    Tokens.TokenSet tokens() {
        return session.get();
    }

    int refreshes() {
        return refreshes.get();
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (RuntimeException e) {
                // the page sees a 500 and says so; the browser log has it
                send(exchange, 500, "text/plain", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if ("GET".equals(method) && "/".equals(path)) {
            send(exchange, 200, "text/html; charset=utf-8", page().getBytes(StandardCharsets.UTF_8));
        } else if ("GET".equals(method) && path.matches("/orgkit-switcher\\.js(\\.map)?")) {
            send(exchange, 200, "text/javascript; charset=utf-8", Files.readAllBytes(dist.resolve(path.substring(1))));
        } else if ("GET".equals(method) && "/session/token".equals(path)) {
            Tokens.TokenSet tokens = session.get();
            if (tokens == null) {
                send(exchange, 401, "application/json", "{\"error\":\"not_signed_in\"}".getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] body = Http.JSON.writeValueAsBytes(Map.of("access_token", tokens.accessToken()));
                send(exchange, 200, "application/json", body);
            }
        } else if ("POST".equals(method) && "/session/refresh".equals(path)) {
            synchronized (session) {
                session.set(refresher.apply(session.get()));
                refreshes.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
        } else if ("/favicon.ico".equals(path)) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The example page, pointed at the server under test and the test realm instead of the demo's. */
    private String page() throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String configured = html.replace("base-url=\"http://localhost:8080\"", "base-url=\"" + baseUrl + "\"")
                .replace("realm=\"orgkit-demo\"", "realm=\"" + realm + "\"");
        if (configured.equals(html)) {
            throw new IllegalStateException(page + " no longer has base-url=\"http://localhost:8080\" realm=\"orgkit-demo\"");
        }
        return configured;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
