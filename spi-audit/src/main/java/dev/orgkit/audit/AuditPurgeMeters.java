package dev.orgkit.audit;

import dev.orgkit.organizations.spi.Micrometer;

/**
 * The retention task's meters (docs/operations.md): entries purged per realm, how long a run took,
 * when this node last completed one. Backed by Micrometer's global registry when Micrometer is on
 * the classpath, else nothing.
 */
interface AuditPurgeMeters {

    AuditPurgeMeters NONE = new AuditPurgeMeters() {
        @Override
        public void purged(String realm, int entries) {
        }

        @Override
        public void ran(long nanos, long endedAtMillis) {
        }
    };

    static AuditPurgeMeters create() {
        return Micrometer.present() ? new MicrometerAuditPurgeMeters() : NONE;
    }

    /** A committed run removed {@code entries} entries of {@code realm} (its name). */
    void purged(String realm, int entries);

    /** A run over every realm committed after {@code nanos}, at {@code endedAtMillis}. */
    void ran(long nanos, long endedAtMillis);
}
