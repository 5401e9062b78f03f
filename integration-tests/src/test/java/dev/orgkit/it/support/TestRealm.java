package dev.orgkit.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A realm imported for one test class and removed after it. Register with
 * {@code @RegisterExtension static final TestRealm realm = TestRealm.demo();}.
 */
public final class TestRealm implements BeforeAllCallback, AfterAllCallback {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String baseName;
    private final JsonNode source;
    private final boolean keepName;
    private Consumer<ObjectNode> customizer = realm -> { };
    private String name;
    private TestEnvironment environment;

    private TestRealm(JsonNode source, boolean keepName) {
        this.source = source;
        this.baseName = source.path("realm").asText();
        this.keepName = keepName;
    }

    /** A copy of the demo realm from {@code realm-export/}, under a name of its own. */
    public static TestRealm demo() {
        return new TestRealm(read(KeycloakServer.requiredPath("orgkit.it.demoRealm")), false);
    }

    /** The demo realm under its real name, {@code orgkit-demo}. */
    public static TestRealm demoAsIs() {
        return new TestRealm(read(KeycloakServer.requiredPath("orgkit.it.demoRealm")), true);
    }

    /** A fixture from {@code src/test/resources/realms/}, under a name of its own. */
    public static TestRealm fixture(String resource) {
        try (InputStream in = TestRealm.class.getResourceAsStream("/realms/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture realms/" + resource);
            }
            return new TestRealm(Http.JSON.readTree(in), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes the realm JSON before it is imported. */
    public TestRealm customize(Consumer<ObjectNode> customizer) {
        this.customizer = this.customizer.andThen(customizer);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        environment = KeycloakExtension.environment(context);
        ObjectNode realm = source.deepCopy();
        name = keepName ? baseName : baseName + "-" + COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000, 36);
        realm.put("realm", name);
        realm.remove("id");
        customizer.accept(realm);
        environment.admin().deleteRealm(name);
        environment.admin().importRealm(realm);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (environment != null && name != null && environment.server().isRunning()) {
            environment.admin().deleteRealm(name);
        }
    }

    public String name() {
        return name;
    }

    public TestEnvironment env() {
        return environment;
    }

    public Admin admin() {
        return environment.admin();
    }

    public Http http() {
        return environment.http();
    }

    public Tokens tokens() {
        return environment.tokens();
    }

    /** The admin API path of this realm, e.g. {@code adminPath("/users")}. */
    public String adminPath(String suffix) {
        return "/admin/realms/" + name + suffix;
    }

    /** The public path of this realm, e.g. {@code path("/orgkit/me/organizations")}. */
    public String path(String suffix) {
        return "/realms/" + name + suffix;
    }

    private static JsonNode read(Path file) {
        try {
            return Http.JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
