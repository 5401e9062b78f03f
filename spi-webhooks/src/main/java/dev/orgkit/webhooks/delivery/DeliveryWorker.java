package dev.orgkit.webhooks.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

import dev.orgkit.webhooks.config.WebhookSettings;
import dev.orgkit.webhooks.metrics.WebhookMeters;

/**
 * Delivers the outbox from one node: every poll interval, and right after a change that queued
 * messages commits, it claims due messages (a lease in the database, so each message is attempted
 * by one node at a time), signs and sends them, and records each outcome. Messages whose lease
 * holder died (a crash, {@code kill -9}) are claimed again once the lease expires, with the same
 * {@code webhook-id}. Nothing here logs a payload, a URL or a secret.
 */
public final class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final KeycloakSessionFactory factory;
    private final WebhookSettings settings;
    private final WebhookMeters meters;
    private final String owner;
    private final ScheduledExecutorService loop;
    private final ExecutorService io;
    private final HttpClient http;
    private final Semaphore inFlight = new Semaphore(WebhookSettings.MAX_IN_FLIGHT);
    /** Endpoints with a message in flight from this node: one at a time each, so they arrive in order. */
    private final Set<String> busyEndpoints = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean running;

    public DeliveryWorker(KeycloakSessionFactory factory, WebhookSettings settings, WebhookMeters meters) {
        this.factory = factory;
        this.settings = settings;
        this.meters = meters;
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        this.owner = "node-" + HexFormat.of().formatHex(random);
        this.loop = Executors.newSingleThreadScheduledExecutor(daemon("orgkit-webhooks-worker"));
        this.io = Executors.newFixedThreadPool(4, daemon("orgkit-webhooks-io"));
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(WebhookSettings.TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(io)
                .build();
    }

    public void start() {
        running = true;
        long poll = settings.pollInterval().toMillis();
        loop.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
    }

    /** Looks for due messages now (after a commit that queued some, or after an attempt ended). */
    public void wake() {
        if (running && wakeQueued.compareAndSet(false, true)) {
            try {
                loop.execute(() -> {
                    wakeQueued.set(false);
                    poll();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                wakeQueued.set(false);
            }
        }
    }

    public void stop() {
        running = false;
        loop.shutdownNow();
        io.shutdownNow();
    }

    private void poll() {
        try {
            while (running) {
                int free = inFlight.availablePermits();
                if (free == 0) {
                    return;
                }
                List<Attempt> attempts = claim(free);
                for (Attempt attempt : attempts) {
                    inFlight.acquireUninterruptibly();
                    send(attempt);
                }
                if (attempts.size() < free) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("orgkit webhooks: polling the outbox failed (%s); retrying at the next poll", e.getClass().getSimpleName());
            LOG.debug("outbox poll failure", e);
        }
    }

    /**
     * Claims up to {@code max} due messages, at most one per endpoint and none for an endpoint that
     * has one in flight, so each endpoint gets its messages one after the other, oldest first.
     */
    private List<Attempt> claim(int max) {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
            DeliveryStore store = new DeliveryStore(session, settings);
            long now = Time.currentTimeMillis();
            Map<String, String> chosen = new LinkedHashMap<>(); // endpoint -> its oldest due message
            for (DeliveryStore.Due due : store.due(now, max * 4)) {
                if (chosen.size() == max) {
                    break;
                }
                if (!busyEndpoints.contains(due.endpointId())) {
                    chosen.putIfAbsent(due.endpointId(), due.id());
                }
            }
            List<String> ids = new ArrayList<>(chosen.values());
            ids.sort(null); // a fixed lock order, so two nodes claiming the same rows cannot deadlock
            List<Attempt> attempts = new ArrayList<>();
            for (String id : ids) {
                if (store.claim(id, owner, now)) {
                    Attempt attempt = store.prepare(id, now);
                    if (attempt != null) {
                        attempts.add(attempt);
                    }
                }
            }
            attempts.forEach(attempt -> busyEndpoints.add(attempt.endpointId()));
            return attempts;
        });
    }

    private void send(Attempt attempt) {
        if (attempt.problem() != null) {
            finish(attempt, Outcome.failure(attempt.problem()));
            return;
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(attempt.url()))
                    .timeout(WebhookSettings.TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "orgkit-webhooks")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
            attempt.headers().forEach(request::header);
        } catch (IllegalArgumentException e) {
            finish(attempt, Outcome.failure("invalid endpoint URL"));
            return;
        }
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .orTimeout(WebhookSettings.TIMEOUT.toSeconds() + 1, TimeUnit.SECONDS)
                .whenComplete((response, error) -> finish(attempt,
                        error == null ? Outcome.of(response.statusCode()) : Outcome.failure(describe(error))));
    }

    private void finish(Attempt attempt, Outcome outcome) {
        try {
            boolean recorded = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                    session -> new DeliveryStore(session, settings).record(attempt.deliveryId(), owner, outcome, Time.currentTimeMillis()));
            if (recorded) {
                count(attempt, outcome);
            }
            if (!outcome.success()) {
                LOG.debugf("orgkit webhooks: %s failed: %s", attempt, outcome.error());
            }
        } catch (RuntimeException e) {
            // the lease expires and the message is attempted again with the same webhook-id
            LOG.warnf("orgkit webhooks: recording the outcome of %s failed (%s)", attempt, e.getClass().getSimpleName());
        } finally {
            busyEndpoints.remove(attempt.endpointId());
            inFlight.release();
            wake();
        }
    }

    /** Counts a recorded attempt (after its commit): one per attempt, the retries too. */
    private void count(Attempt attempt, Outcome outcome) {
        if (outcome.success()) {
            meters.delivered(attempt.realm(), attempt.endpointId());
        } else {
            meters.failed(attempt.realm(), attempt.endpointId());
        }
    }

    /** A short reason without any detail a receiver could have put in its answer. */
    static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "no answer within " + WebhookSettings.TIMEOUT.toSeconds() + "s";
        }
        if (cause instanceof java.net.ConnectException) {
            return "connection refused";
        }
        return "request failed: " + cause.getClass().getSimpleName();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
