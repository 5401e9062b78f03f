package dev.orgkit.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code examples/spring-resource-server} as its users run it: the executable jar ({@code java -jar}) on a free
 * port, trusting one realm of the server under test. Its output goes to a log file in the work directory.
 */
public final class SpringExample implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final Http http;
    private final Path log;

    /** Starts the example with {@code --name=value} arguments (e.g. {@code orgkit.issuer-uri}) and waits until it answers. */
    public SpringExample(String name, List<String> properties) {
        Path jar = KeycloakServer.requiredPath("orgkit.it.springExampleJar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build examples/spring-resource-server first (-am)");
        }
        int port = KeycloakServer.freePort();
        Path workDir = KeycloakServer.requiredPath("orgkit.it.workDir");
        log = workDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
        properties.forEach(property -> command.add("--" + property));
        try {
            Files.createDirectories(workDir);
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar, e);
        }
        http = new Http("http://127.0.0.1:" + port);
        Eventually.until("the Spring example to answer on port " + port + " (log: " + log + ")", STARTUP, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("the Spring example exited with " + process.exitValue() + "; log: " + log);
            }
            try {
                return http.get("/api/me").send().status() == 401;
            } catch (UncheckedIOException notYet) {
                return false;
            }
        });
    }

    /** Requests to the running example. */
    public Http http() {
        return http;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
