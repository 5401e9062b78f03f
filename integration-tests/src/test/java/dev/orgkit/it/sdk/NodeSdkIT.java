package dev.orgkit.it.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.KeycloakServer;
import dev.orgkit.it.support.TestRealm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the integration suite of {@code @orgkit/node} ({@code sdk/node/test-it}, Vitest, on the
 * built {@code dist/}) against this server: token verification, {@code has()} for the demo users,
 * an Express API, key rotation, and the typed client on every endpoint it wraps. The suite reports
 * as JSON, so a run that passes without running its tests fails here.
 */
class NodeSdkIT {

    /** The tests of sdk/node/test-it/*.test.ts; change it with the suite. */
    private static final int EXPECTED_TESTS = 36;
    private static final long TIMEOUT_MINUTES = 8;

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    /**
     * Another realm, whose access tokens live 3 seconds: expiry, and a foreign issuer. Alice (password
     * alice) signs in there through a public {@code orgkit-demo-cli} too.
     */
    @RegisterExtension
    static final TestRealm shortLived = TestRealm.fixture("orgkit-minimal.json").customize(rep -> {
        rep.put("accessTokenLifespan", 3);
        rep.set("clients", Http.JSON.valueToTree(List.of(Map.of("clientId", "orgkit-demo-cli", "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false))));
        rep.set("users", Http.JSON.valueToTree(List.of(Map.of("username", "alice", "enabled", true,
                "email", "alice@example.com", "emailVerified", true, "firstName", "Alice", "lastName", "Test",
                "credentials", List.of(Map.of("type", "password", "value", "alice", "temporary", false))))));
    });

    @Test
    void theNodeSdkSuitePassesAgainstTheRealServer() throws Exception {
        Path sdk = sdkDir();
        assertThat(sdk.resolve("dist/index.js")).as("@orgkit/node is built (npm run build)").exists();
        assertThat(sdk.resolve("node_modules/vitest")).as("npm ci ran in " + sdk).isDirectory();
        Path work = Paths.get(System.getProperty("orgkit.it.workDir")).resolve("node-sdk");
        Files.createDirectories(work);
        Path report = work.resolve("vitest-report.json");
        Path log = work.resolve("vitest.log");
        Files.deleteIfExists(report);

        List<String> command = new ArrayList<>(List.of("node", "node_modules/vitest/vitest.mjs", "run",
                "--config", "vitest.it.config.ts", "--reporter=default", "--reporter=json", "--outputFile.json=" + report));
        ProcessBuilder builder = new ProcessBuilder(command).directory(sdk.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        KeycloakServer server = realm.env().server();
        builder.environment().put("ORGKIT_IT_BASE_URL", server.baseUrl());
        builder.environment().put("ORGKIT_IT_PUBLIC_URL", server.publicUrl());
        builder.environment().put("ORGKIT_IT_REALM", realm.name());
        builder.environment().put("ORGKIT_IT_SHORT_REALM", shortLived.name());
        builder.environment().put("ORGKIT_IT_ADMIN_USER", KeycloakServer.ADMIN_USER);
        builder.environment().put("ORGKIT_IT_ADMIN_PASSWORD", KeycloakServer.ADMIN_PASSWORD);
        builder.environment().put("NO_COLOR", "1");

        Process node = builder.start();
        boolean ended = node.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            node.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);

        assertThat(ended).as("the suite ended within " + TIMEOUT_MINUTES + " minutes").isTrue();
        assertThat(report).as("vitest wrote its JSON report; output:\n" + output).exists();
        JsonNode results = Http.JSON.readTree(Files.readString(report));
        assertThat(failures(results)).as("failed tests").isEmpty();
        assertThat(node.exitValue()).as("vitest's exit code; output:\n" + output).isZero();
        assertThat(results.path("numFailedTests").asInt()).isZero();
        assertThat(results.path("numPendingTests").asInt()).as("skipped tests").isZero();
        assertThat(results.path("numTodoTests").asInt()).as("todo tests").isZero();
        assertThat(results.path("numPassedTests").asInt()).as("passed tests").isEqualTo(EXPECTED_TESTS);
        assertThat(results.path("numTotalTests").asInt()).isEqualTo(EXPECTED_TESTS);
        assertThat(results.path("success").asBoolean()).isTrue();
    }

    private static List<String> failures(JsonNode results) {
        List<String> failed = new ArrayList<>();
        for (JsonNode file : results.path("testResults")) {
            for (JsonNode test : file.path("assertionResults")) {
                if (!"passed".equals(test.path("status").asText())) {
                    failed.add(test.path("fullName").asText() + " [" + test.path("status").asText() + "]: "
                            + test.path("failureMessages"));
                }
            }
        }
        return failed;
    }

    private static Path sdkDir() throws IOException {
        String dir = System.getProperty("orgkit.it.sdkNodeDir");
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("System property orgkit.it.sdkNodeDir is not set; run through Maven");
        }
        return Paths.get(dir).toAbsolutePath().normalize().toRealPath();
    }
}
