package dev.orgkit.invitations.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/** {@link InvitationMeters} on {@link Metrics#globalRegistry}, which Keycloak's Prometheus registry joins. */
final class MicrometerInvitationMeters implements InvitationMeters {

    @Override
    public void sent(String realm, boolean emailed) {
        Counter.builder("orgkit.invitations.sent")
                .description("Invitations sent (created or resent), committed")
                .tag("realm", realm)
                .tag("email_sent", Boolean.toString(emailed))
                .register(Metrics.globalRegistry)
                .increment();
    }

    @Override
    public void refused(String realm, Limit limit) {
        Counter.builder("orgkit.rate.limit.refusals")
                .description("Requests refused with 429 by an orgkit rate limit")
                .tag("realm", realm)
                .tag("limit", limit.tag())
                .register(Metrics.globalRegistry)
                .increment();
    }
}
