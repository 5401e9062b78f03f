package dev.orgkit.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver inside the test JVM: records every POST (path, headers, body) and answers with
 * a status tests choose per path. It can be stopped and started again on the same port (a receiver
 * that is down), and it can hold requests unanswered (a slow receiver).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Delivery(String path, Map<String, String> headers, String body, Instant receivedAt) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            try {
                return Http.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String type() {
            return json().path("type").asText();
        }

        public JsonNode data() {
            return json().path("data");
        }
    }

    private final int port;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final Map<String, Integer> statusByPath = new TreeMap<>();
    private volatile CountDownLatch hold;
    private HttpServer server;
    private ExecutorService executor;

    public WebhookReceiver() {
        this.port = KeycloakServer.freePort();
        start();
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Closes the port: attempts get "connection refused" until {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    @Override
    public void close() {
        release();
        stop();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Answers requests to {@code path} with {@code status} from now on (default 200). */
    public synchronized void answer(String path, int status) {
        statusByPath.put(path, status);
    }

    /** Requests are recorded but not answered until {@link #release()}. */
    public void holdRequests() {
        hold = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch current = hold;
        hold = null;
        if (current != null) {
            current.countDown();
        }
    }

    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public List<Delivery> deliveries(Predicate<Delivery> filter) {
        return deliveries().stream().filter(filter).toList();
    }

    /** Waits until a delivery matches, and returns the first that does. */
    public Delivery await(String what, Predicate<Delivery> filter, Duration timeout) {
        return Eventually.get(what, timeout, () -> deliveries(filter).stream().findFirst().orElse(null));
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        String path = exchange.getRequestURI().getPath();
        int status;
        synchronized (this) {
            deliveries.add(new Delivery(path, headers, new String(body, StandardCharsets.UTF_8), Instant.now()));
            status = statusByPath.getOrDefault(path, 200);
        }
        CountDownLatch current = hold;
        if (current != null) {
            try {
                current.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            exchange.sendResponseHeaders(status, -1);
        } catch (IOException gone) {
            // the sender gave up (or was killed) while the request was held
        } finally {
            exchange.close();
        }
    }
}
