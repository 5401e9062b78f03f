package dev.orgkit.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Node script of {@code integration-tests/browser/} (playwright-core driving Debian's
 * Chromium) and collects its output. The tooling comes from {@code .ci/install-browser}.
 */
public final class BrowserScript {

    /** Chromium from Debian's package; {@code ORGKIT_CHROMIUM} may point elsewhere. */
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ORGKIT_CHROMIUM", "/usr/bin/chromium"));

    private final Path dir;
    private final Path screenshots;
    private final Path logDir;

    private BrowserScript(Path dir, Path screenshots, Path logDir) {
        this.dir = dir;
        this.screenshots = screenshots;
        this.logDir = logDir;
    }

    /** The browser test package and screenshot folder passed by the Maven build. */
    public static BrowserScript fromBuild() {
        return new BrowserScript(KeycloakServer.requiredPath("orgkit.it.browserDir"),
                KeycloakServer.requiredPath("orgkit.it.screenshots"), KeycloakServer.requiredPath("orgkit.it.workDir"));
    }

    public Path screenshots() {
        return screenshots;
    }

    /** Fails with what to do when Chromium or playwright-core is missing. */
    public void requireTooling() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium is missing at " + CHROMIUM
                    + "; run .ci/install-browser (apt-get install chromium) before the browser tests");
        }
        if (!Files.isDirectory(dir.resolve("node_modules/playwright-core"))) {
            throw new IllegalStateException("playwright-core is missing in " + dir
                    + "; run .ci/install-browser (npm ci there) before the browser tests");
        }
    }

    /** Runs {@code node <script> <args...>} in the browser test folder; kills it after {@code timeout}. */
    public Result run(String script, String name, Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add("node");
        command.add(script);
        command.addAll(List.of(args));
        Path log = logDir.resolve("browser-" + name + ".log");
        try {
            Files.createDirectories(screenshots);
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            return new Result(finished ? process.exitValue() : -1, finished, output, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script, e);
        }
    }

    public record Result(int exitCode, boolean finished, String output, Path log) {
        public String describe() {
            return (finished ? "exit " + exitCode : "timed out") + ", output (" + log + "):\n" + output;
        }
    }
}
