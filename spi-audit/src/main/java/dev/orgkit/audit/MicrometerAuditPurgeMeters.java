package dev.orgkit.audit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/** {@link AuditPurgeMeters} on {@link Metrics#globalRegistry}, which Keycloak's Prometheus registry joins. */
final class MicrometerAuditPurgeMeters implements AuditPurgeMeters {

    /** Epoch seconds of this node's last completed run, 0 before the first (the gauge holds it weakly; this field strongly). */
    private final AtomicLong lastRun = new AtomicLong();
    private final Timer duration;

    MicrometerAuditPurgeMeters() {
        Gauge.builder("orgkit.audit.purge.last.run.timestamp", lastRun, AtomicLong::doubleValue)
                .description("When this node last completed the audit retention task (epoch seconds), 0 before its first run")
                .baseUnit("seconds")
                .register(Metrics.globalRegistry);
        duration = Timer.builder("orgkit.audit.purge")
                .description("Runs of the audit retention task on this node and how long they took")
                .register(Metrics.globalRegistry);
    }

    @Override
    public void purged(String realm, int entries) {
        Counter.builder("orgkit.audit.purged.entries")
                .description("Audit entries removed by the retention task (audit-retention-days)")
                .tag("realm", realm)
                .register(Metrics.globalRegistry)
                .increment(entries);
    }

    @Override
    public void ran(long nanos, long endedAtMillis) {
        duration.record(nanos, TimeUnit.NANOSECONDS);
        lastRun.set(endedAtMillis / 1000);
    }
}
