package dev.orgkit.webhooks.metrics;

import org.keycloak.models.KeycloakSession;
import org.keycloak.timer.ScheduledTask;

/**
 * Reads the outbox backlog into the gauges, on every node (each serves its own metrics endpoint),
 * every {@code metrics-interval}; nothing is read while metrics are off.
 */
public final class BacklogRefreshTask implements ScheduledTask {

    private final WebhookMeters meters;

    public BacklogRefreshTask(WebhookMeters meters) {
        this.meters = meters;
    }

    @Override
    public void run(KeycloakSession session) {
        if (meters.scraped()) {
            meters.backlog(OutboxBacklog.read(session));
        }
    }

    @Override
    public String getTaskName() {
        return "orgkit-webhooks-metrics";
    }
}
