package dev.orgkit.webhooks.metrics;

import java.util.Map;

import dev.orgkit.organizations.spi.Micrometer;

/**
 * The webhook meters of this node (docs/operations.md): attempts that succeeded and failed per
 * endpoint, and the outbox backlog per realm as last read from the database. Backed by Micrometer's
 * global registry when Micrometer is on the classpath, else nothing.
 */
public interface WebhookMeters {

    WebhookMeters NONE = new WebhookMeters() {
        @Override
        public void delivered(String realm, String endpointId) {
        }

        @Override
        public void failed(String realm, String endpointId) {
        }

        @Override
        public boolean scraped() {
            return false;
        }

        @Override
        public void backlog(Map<String, OutboxBacklog.Pending> byRealm) {
        }
    };

    static WebhookMeters create() {
        return Micrometer.present() ? new MicrometerWebhookMeters() : NONE;
    }

    /** An attempt to an endpoint of {@code realm} (its name) got a 2xx. */
    void delivered(String realm, String endpointId);

    /** An attempt failed (non-2xx, timeout, refused, unsigned); a retry is another attempt. */
    void failed(String realm, String endpointId);

    /** Whether a registry would publish the gauges (metrics are enabled), so reading the backlog is worth it. */
    boolean scraped();

    /** The pending messages per realm name, as just read; realms absent have none. */
    void backlog(Map<String, OutboxBacklog.Pending> byRealm);
}
