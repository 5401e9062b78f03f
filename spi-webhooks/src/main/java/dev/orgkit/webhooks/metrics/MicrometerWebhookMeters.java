package dev.orgkit.webhooks.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import org.keycloak.common.util.Time;

/**
 * {@link WebhookMeters} on {@link Metrics#globalRegistry}, which Keycloak's Prometheus registry
 * joins when metrics are enabled. The gauges read the last snapshot in memory: a scrape never waits
 * for the database.
 */
final class MicrometerWebhookMeters implements WebhookMeters {

    private final MeterRegistry registry = Metrics.globalRegistry;
    private final Map<String, OutboxBacklog.Pending> snapshot = new ConcurrentHashMap<>();
    private final Map<String, Boolean> gauged = new ConcurrentHashMap<>();

    @Override
    public void delivered(String realm, String endpointId) {
        counter("orgkit.webhooks.deliveries.succeeded", "Webhook delivery attempts answered with a 2xx", realm, endpointId)
                .increment();
    }

    @Override
    public void failed(String realm, String endpointId) {
        counter("orgkit.webhooks.deliveries.failed",
                "Webhook delivery attempts that failed (non-2xx, timeout, connection error); each retry counts", realm, endpointId)
                .increment();
    }

    private Counter counter(String name, String description, String realm, String endpointId) {
        return Counter.builder(name).description(description).tag("realm", realm).tag("endpoint", endpointId).register(registry);
    }

    @Override
    public boolean scraped() {
        return !(registry instanceof CompositeMeterRegistry composite) || !composite.getRegistries().isEmpty();
    }

    @Override
    public void backlog(Map<String, OutboxBacklog.Pending> byRealm) {
        snapshot.keySet().retainAll(byRealm.keySet());
        snapshot.putAll(byRealm);
        byRealm.keySet().forEach(realm -> gauged.computeIfAbsent(realm, this::register));
    }

    private Boolean register(String realm) {
        Gauge.builder("orgkit.webhooks.backlog", snapshot, s -> pending(s, realm).count())
                .description("Pending webhook messages (queued, not yet delivered or given up), read from the database")
                .baseUnit("messages")
                .tag("realm", realm)
                .register(registry);
        Gauge.builder("orgkit.webhooks.oldest.pending.age", snapshot, s -> age(pending(s, realm)))
                .description("Age of the oldest pending webhook message, 0 when none is pending")
                .baseUnit("seconds")
                .tag("realm", realm)
                .register(registry);
        return Boolean.TRUE;
    }

    private static OutboxBacklog.Pending pending(Map<String, OutboxBacklog.Pending> snapshot, String realm) {
        return snapshot.getOrDefault(realm, OutboxBacklog.Pending.NONE);
    }

    private static double age(OutboxBacklog.Pending pending) {
        return pending.count() == 0 ? 0 : Math.max(0, Time.currentTimeMillis() - pending.oldestCreatedAt()) / 1000.0;
    }
}
