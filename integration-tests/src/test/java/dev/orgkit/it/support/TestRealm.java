package dev.orgkit.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    // ---- fixtures built through the admin APIs -------------------------------------------------

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /** A short unique suffix for names made by a test. */
    public static String unique(String prefix) {
        return prefix + "-" + UNIQUE.incrementAndGet() + Long.toString(System.nanoTime() % 10000, 36);
    }

    /** Creates an enabled user whose password is its username, with a verified {@code <username>@example.com}. */
    public String createUser(String username) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@example.com");
        user.put("emailVerified", true);
        user.put("firstName", username);
        user.put("lastName", "Test");
        user.put("credentials", List.of(Map.of("type", "password", "value", username, "temporary", false)));
        admin().post(adminPath("/users"), user).expect(201);
        return admin().userId(name, username);
    }

    /** Creates a user with a unique name and returns the name. */
    public String createUserAndReturnName() {
        String username = unique("user");
        createUser(username);
        return username;
    }

    /** Gives a user a realm role (e.g. the superadmin role). */
    public void grantRealmRole(String userId, String role) {
        JsonNode rep = admin().get(adminPath("/roles/" + Admin.enc(role))).expect(200).json();
        admin().post(adminPath("/users/" + userId + "/role-mappings/realm"), List.of(rep)).expect(204);
    }

    /** Gives a user a role of the realm-management client (e.g. manage-organizations). */
    public void grantRealmManagementRole(String userId, String role) {
        String client = admin().get(adminPath("/clients?clientId=realm-management")).expect(200).json().get(0).path("id").asText();
        JsonNode rep = admin().get(adminPath("/clients/" + client + "/roles/" + role)).expect(200).json();
        admin().post(adminPath("/users/" + userId + "/role-mappings/clients/" + client), List.of(rep)).expect(204);
    }

    /** Creates an organization through the orgkit admin API; {@code owner} (username or null) becomes org:admin. */
    public JsonNode createOrganization(String name, String slug, String owner) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        if (slug != null) {
            body.put("slug", slug);
        }
        if (owner != null) {
            body.put("owner", owner);
        }
        return admin().post(adminPath("/orgkit/organizations"), body).expect(201).json();
    }

    /** Adds a member with a role through the orgkit admin API. */
    public void addMember(String orgIdOrSlug, String username, String role) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", username);
        if (role != null) {
            body.put("role", role);
        }
        admin().post(adminPath("/orgkit/organizations/" + orgIdOrSlug + "/members"), body).expect(201);
    }

    /** Sets orgkit policy settings through the admin API, e.g. {@code policy("creation-enabled", "true")}. */
    public void policy(String key, String value) {
        admin().put(adminPath("/orgkit/policy"), Map.of(key, value)).expect(200);
    }

    /** A password-grant token set from the demo CLI client for a user whose password is the username. */
    public Tokens.TokenSet login(String username) {
        return tokens().password(name, "orgkit-demo-cli", username, username);
    }

    public Tokens.TokenSet login(String username, String scope) {
        return tokens().password(name, "orgkit-demo-cli", username, username, scope);
    }

    public Tokens.TokenSet refresh(Tokens.TokenSet tokens) {
        return tokens().refresh(name, "orgkit-demo-cli", tokens.refreshToken());
    }

    /** The self-service API path, e.g. {@code api("/me/organizations")}. */
    public String api(String suffix) {
        return "/realms/" + name + "/orgkit" + suffix;
    }

    private static JsonNode read(Path file) {
        try {
            return Http.JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
