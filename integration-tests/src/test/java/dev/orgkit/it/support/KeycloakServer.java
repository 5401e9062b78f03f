package dev.orgkit.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Keycloak server from the {@code keycloak-quarkus-dist} zip, run as a child process with the
 * orgkit providers in {@code providers/}. One instance serves a whole test run; tests may restart
 * or kill it.
 */
public final class KeycloakServer {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

    private final Path home;
    private final Path logDir;
    private final TestDatabase database;
    private final List<String> extraOptions;
    private final String nodeName;
    private final int httpPort;
    private final int managementPort;
    private final int clusterPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String publicUrl;
    private Process process;
    private Path logFile;
    private int starts;

    public KeycloakServer(Path home, Path logDir, TestDatabase database, String nodeName, List<String> extraOptions) {
        this.home = home;
        this.logDir = logDir;
        this.database = database;
        this.nodeName = nodeName;
        this.extraOptions = List.copyOf(extraOptions);
        this.httpPort = freePort();
        this.managementPort = freePort();
        this.clusterPort = freeClusterPort();
    }

    /** Runs {@code kc.sh build} for this server's database, once per distribution and configuration. */
    public static void build(Path home, TestDatabase database, Path logDir, List<String> buildOptions) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.add("build");
        command.addAll(database.buildOptions());
        command.add("--health-enabled=true");
        command.addAll(buildOptions);
        Path log = logDir.resolve("kc-build-" + database.kind().name().toLowerCase() + ".log");
        int exit = run(command, log, Duration.ofMinutes(5));
        if (exit != 0) {
            throw new IllegalStateException("kc.sh build failed (exit " + exit + "), see " + log + ":\n" + tail(log, 40));
        }
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.add("start");
        command.add("--optimized");
        command.add("--http-enabled=true");
        command.add("--http-host=127.0.0.1");
        command.add("--http-port=" + httpPort);
        command.add("--http-management-port=" + managementPort);
        command.add("--hostname=" + publicUrl());
        command.add("--cache-embedded-network-bind-address=127.0.0.1");
        command.add("--cache-embedded-network-bind-port=" + clusterPort);
        command.addAll(database.runtimeOptions());
        command.addAll(extraOptions);
        starts++;
        logFile = logDir.resolve("keycloak-" + nodeName + "-" + database.kind().name().toLowerCase() + "-" + starts + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JAVA_OPTS_KC_HEAP", "-Xms256m -Xmx1g");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    /**
     * Runs another {@code kc.sh} command (e.g. export, import) against this server's database, with
     * the server stopped. Returns the exit code; the output goes to a log file beside the server's.
     */
    public int runCommand(String name, List<String> args) {
        if (isRunning()) {
            throw new IllegalStateException("stop the server before running kc.sh " + name);
        }
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.add(name);
        command.add("--optimized");
        command.addAll(database.runtimeOptions());
        command.addAll(args);
        Path log = logDir.resolve("kc-" + name + "-" + database.kind().name().toLowerCase() + "-" + System.nanoTime() + ".log");
        int exit = run(command, log, Duration.ofMinutes(5));
        if (exit != 0) {
            throw new IllegalStateException("kc.sh " + name + " failed (exit " + exit + "), see " + log + ":\n" + tail(log, 40));
        }
        return exit;
    }

    /** Graceful stop (SIGTERM), as an operator would do. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /**
     * Hard kill (SIGKILL): no shutdown hooks, no flushing; what a crash looks like. {@code kc.sh}
     * runs java as its child, so the java process is killed first (killing only the script would
     * leave Keycloak running as an orphan).
     */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.toHandle().descendants().toList());
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        tree.add(process.toHandle());
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // reported by the next start, which cannot bind the ports
            }
        }
        process = null;
    }

    public void restart() {
        stop();
        start();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The management interface (health, and metrics at {@code /metrics}). */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /**
     * The URL the server names itself by (issuer, links). Nodes of one cluster share it, as they
     * would behind a load balancer; by default it is the server's own address.
     */
    public String publicUrl() {
        return publicUrl == null ? baseUrl() : publicUrl;
    }

    public KeycloakServer withPublicUrl(String url) {
        this.publicUrl = url;
        return this;
    }

    public TestDatabase database() {
        return database;
    }

    public Path logFile() {
        return logFile;
    }

    public String nodeName() {
        return nodeName;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + " while starting, see "
                        + logFile + ":\n" + tail(logFile, 60));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the management interface is not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(500);
        }
        kill();
        throw new IllegalStateException("Keycloak did not become ready within " + STARTUP_TIMEOUT + ", see " + logFile
                + ":\n" + tail(logFile, 60));
    }

    private static int run(List<String> command, Path log, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Process p = builder.start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String tail(Path file, int lines) {
        if (file == null || !Files.exists(file)) {
            return "(no log)";
        }
        try (Stream<String> all = Files.lines(file)) {
            List<String> list = all.collect(Collectors.toList());
            return String.join("\n", list.subList(Math.max(0, list.size() - lines), list.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * A free port for the cluster transport. JGroups' failure detection listens on this port + 50000,
     * so it must stay below 15536.
     */
    static int freeClusterPort() {
        int start = 8000 + new java.util.Random().nextInt(7000);
        for (int i = 0; i < 7000; i++) {
            int port = 8000 + (start - 8000 + i) % 7000;
            try (ServerSocket socket = new ServerSocket(port); ServerSocket fd = new ServerSocket(port + 50000)) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free cluster port");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path requiredPath(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests through Maven "
                    + "(./mvnw verify) so the server under test is prepared");
        }
        return Paths.get(value).toAbsolutePath().normalize();
    }
}
