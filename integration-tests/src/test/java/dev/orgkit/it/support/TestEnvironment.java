package dev.orgkit.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Everything a test run shares: one database and one Keycloak server with the built providers,
 * started on first use and stopped when the JUnit run ends.
 */
public final class TestEnvironment implements ExtensionContext.Store.CloseableResource {

    private final TestDatabase database;
    private final KeycloakServer server;
    private final Http http;
    private final Admin admin;
    private final Tokens tokens;
    private final Path keycloakHome;
    private final Path workDir;

    private TestEnvironment(Path keycloakHome, Path workDir, TestDatabase database, KeycloakServer server) {
        this.keycloakHome = keycloakHome;
        this.workDir = workDir;
        this.database = database;
        this.server = server;
        this.http = new Http(server.baseUrl());
        this.admin = new Admin(http);
        this.tokens = new Tokens(http);
    }

    static TestEnvironment start() {
        Path home = KeycloakServer.requiredPath("orgkit.it.keycloakHome");
        Path workDir = KeycloakServer.requiredPath("orgkit.it.workDir");
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestDatabase database = TestDatabase.create(TestDatabase.kindFromProperty(), workDir);
        KeycloakServer.build(home, database, workDir, buildOptions());
        KeycloakServer server = new KeycloakServer(home, workDir, database, "node1", runtimeOptions());
        TestEnvironment environment = new TestEnvironment(home, workDir, database, server);
        Runtime.getRuntime().addShutdownHook(new Thread(server::kill, "orgkit-it-server-killer"));
        server.start();
        return environment;
    }

    /** Build-time options every server under test shares. */
    static List<String> buildOptions() {
        // clustered caches as in production, so a second node can join (see secondNode());
        // metrics on the management port, as operators run it (MetricsIT reads orgkit's meters there)
        return List.of("--cache=ispn", "--metrics-enabled=true");
    }

    /** Runtime options every server under test shares. */
    static List<String> runtimeOptions() {
        List<String> options = new ArrayList<>();
        options.add("--log-level=INFO,dev.orgkit:DEBUG");
        // the invitation purge runs every minute, so a test can see the scheduled task at work
        options.add("--spi-orgkit-api-extension--invitations--purge-interval-minutes=1");
        options.addAll(webhookAndAuditTiming());
        // domain verification asks the tests' own DNS server (see TestDns)
        options.add("--spi-orgkit-api-extension--domains--dns-server=" + dns().address());
        options.add("--spi-orgkit-api-extension--domains--dns-timeout-millis=1000");
        return options;
    }

    private static TestDns dns;

    /** The loopback DNS server every server under test resolves verification records with. */
    public static synchronized TestDns dns() {
        if (dns == null) {
            dns = TestDns.start();
        }
        return dns;
    }

    /**
     * Faster clocks for the audit retention task and webhook delivery, so their tests wait seconds,
     * not hours. Production defaults are in docs/webhooks.md and docs/audit-log.md; the tests that
     * depend on these values read them from here.
     */
    static List<String> webhookAndAuditTiming() {
        String webhooks = "--spi-orgkit-api-extension--webhooks--";
        return List.of(
                webhooks + "retry-schedule=" + WEBHOOK_RETRY_SCHEDULE,
                webhooks + "poll-interval=500ms",
                webhooks + "lease=" + WEBHOOK_LEASE_SECONDS + "s",
                webhooks + "disable-after=" + WEBHOOK_DISABLE_AFTER_SECONDS + "s",
                webhooks + "metrics-interval=1s",
                "--spi-orgkit-api-extension--audit-log--retention-interval=2s");
    }

    /** Eight attempts, about 7 s from the first to the last. */
    public static final String WEBHOOK_RETRY_SCHEDULE = "0s,1s,1s,1s,1s,1s,1s,1s";
    public static final int WEBHOOK_ATTEMPTS = 8;
    public static final int WEBHOOK_LEASE_SECONDS = 20;
    public static final int WEBHOOK_DISABLE_AFTER_SECONDS = 12;

    public KeycloakServer server() {
        return server;
    }

    public Http http() {
        return http;
    }

    public Admin admin() {
        return admin;
    }

    public Tokens tokens() {
        return tokens;
    }

    public TestDatabase database() {
        return database;
    }

    public Path keycloakHome() {
        return keycloakHome;
    }

    public Path workDir() {
        return workDir;
    }

    private KeycloakServer second;

    /**
     * A second node of the same cluster (same database, same build), started on first use and
     * stopped with the run. Requests to it exercise what other nodes see.
     */
    public synchronized KeycloakServer secondNode() {
        if (second == null) {
            second = new KeycloakServer(keycloakHome, workDir, database, "node2", runtimeOptions())
                    .withPublicUrl(server.publicUrl());
            Runtime.getRuntime().addShutdownHook(new Thread(second::kill, "orgkit-it-node2-killer"));
        }
        second.start();
        return second;
    }

    /**
     * A server of its own on another database (same distribution and build, the run's options), not
     * started; its caller stops it. For suites that need a database no other suite shares (UpgradeIT).
     */
    public KeycloakServer serverOn(TestDatabase other, String nodeName) {
        KeycloakServer own = new KeycloakServer(keycloakHome, workDir, other, nodeName, runtimeOptions());
        Runtime.getRuntime().addShutdownHook(new Thread(own::kill, "orgkit-it-" + nodeName + "-killer"));
        return own;
    }

    /** The nodes running now: the server, and the second node when a test has started it. */
    public synchronized List<KeycloakServer> runningNodes() {
        List<KeycloakServer> nodes = new ArrayList<>();
        nodes.add(server);
        if (second != null && second.isRunning()) {
            nodes.add(second);
        }
        return nodes;
    }

    /** Restarts the server gracefully, keeping its database. */
    public void restartServer() {
        server.restart();
        admin.reset();
    }

    @Override
    public void close() {
        try {
            if (second != null) {
                second.stop();
            }
            server.stop();
        } finally {
            database.drop();
        }
    }
}
