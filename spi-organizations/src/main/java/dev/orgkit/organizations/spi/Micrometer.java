package dev.orgkit.organizations.spi;

/**
 * Whether Micrometer is on the server's classpath (Keycloak 26.7 ships it, and joins its Prometheus
 * registry to {@code Metrics.globalRegistry} when {@code --metrics-enabled=true}). A module's
 * meters touch Micrometer's classes only when this answers true, so a provider jar still loads on a
 * server without it.
 */
public final class Micrometer {

    private static final boolean PRESENT = detect();

    private Micrometer() {
    }

    public static boolean present() {
        return PRESENT;
    }

    private static boolean detect() {
        try {
            Class.forName("io.micrometer.core.instrument.Metrics", false, Micrometer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
