package dev.orgkit.it.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.BrowserScript;
import dev.orgkit.it.support.Eventually;
import dev.orgkit.it.support.KeycloakServer;
import dev.orgkit.it.support.TestRealm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The example multi-tenant app ({@code examples/multitenant-app}) as its users meet it: started as a
 * process against the server under test with a copy of the demo realm, driven in Debian's Chromium
 * by {@code integration-tests/browser/example-app.mjs} through Keycloak's real login page. The
 * scenarios build on each other (bob's globex invoice is what alice must not see), hence the order.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultitenantAppBrowserIT {

    static final int APP_PORT = MultitenantApp.freePort();
    static final String APP_URL = "http://127.0.0.1:" + APP_PORT;

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(MultitenantAppBrowserIT::pointTheAppClientAtTheTestPort);

    private static final BrowserScript browser = BrowserScript.fromBuild();
    private static MultitenantApp app;

    @BeforeAll
    static void startTheApp() {
        browser.requireTooling();
        String issuer = realm.env().server().baseUrl() + "/realms/" + realm.name();
        app = MultitenantApp.start(APP_PORT, issuer, realm.env().workDir().resolve("example-app-" + APP_PORT + ".sqlite"),
                realm.env().workDir());
    }

    @AfterAll
    static void stopTheApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theStartUpSyncCopiedTheImportedRealmAndTheWebhookEndpointIsRegistered() {
        // the realm was imported before the app started: no webhook told it about acme and globex
        awaitSyncedTablesMatchKeycloak();
        JsonNode endpoints = realm.admin().get(realm.adminPath("/orgkit/webhooks")).expect(200).json();
        List<String> urls = new ArrayList<>();
        endpoints.forEach(endpoint -> urls.add(endpoint.path("url").asText()));
        assertThat(urls).containsOnlyOnce(APP_URL + "/api/webhooks/orgkit");
        assertThat(app.output()).as("the app never prints the signing secret").doesNotContain("whsec_");
    }

    @Test
    @Order(2)
    void bobIsRefusedInAcmeAndSwitchesToGlobexWhereHeSeesAndCreatesGlobexInvoices() {
        scenario("bob-switches-organization");
    }

    @Test
    @Order(3)
    void aliceSeesOnlyAcmesInvoicesCreatesOneInvitesATeammateAndSignsOut() {
        scenario("alice-works-in-acme");
    }

    @Test
    @Order(4)
    void aMemberRemovedFromAcmeLosesAccessAtTheNextTokenRefresh() {
        // dave joins acme with org:billing (invoices read and manage) after the app started: a webhook brings him
        String dave = realm.createUser("dave");
        realm.addMember("acme", "dave", "org:billing");
        Eventually.until("the app to learn of dave's membership through the webhook", Duration.ofSeconds(30),
                () -> syncedMemberships().contains(acme() + " " + dave + " org:billing"));

        scenario("removed-member-loses-access", "--admin=" + KeycloakServer.ADMIN_USER + ":" + KeycloakServer.ADMIN_PASSWORD,
                "--acme=" + acme(), "--user=" + dave);

        Eventually.until("the app to learn of dave's removal through the webhook", Duration.ofSeconds(30),
                () -> syncedMemberships().stream().noneMatch(m -> m.contains(dave)));
    }

    @Test
    @Order(5)
    void atTheEndTheWebhookSyncedTablesMatchKeycloak() {
        // a change made now arrives by webhook too
        realm.admin().patch(realm.adminPath("/orgkit/organizations/globex"), Map.of("name", "Globex Corporation")).expect(200);
        realm.addMember("globex", "carol", "org:member");
        awaitSyncedTablesMatchKeycloak();
        assertThat(synced().path("organizations").findValuesAsText("name")).contains("Globex Corporation");
    }

    // ---- the app's tables against Keycloak's state ---------------------------------------------

    private static void awaitSyncedTablesMatchKeycloak() {
        Eventually.until("the app's users, organizations and memberships to match Keycloak's", Duration.ofSeconds(30), () -> {
            Set<String> expectedOrgs = new TreeSet<>();
            Set<String> expectedMemberships = new TreeSet<>();
            for (JsonNode org : realm.admin().get(realm.adminPath("/orgkit/organizations?max=100")).expect(200).json()) {
                expectedOrgs.add(org.path("id").asText() + " " + org.path("slug").asText() + " " + org.path("name").asText());
                String path = "/orgkit/organizations/" + org.path("id").asText() + "/members?max=100";
                for (JsonNode member : realm.admin().get(realm.adminPath(path)).expect(200).json()) {
                    expectedMemberships.add(org.path("id").asText() + " " + member.path("user_id").asText() + " " + member.path("role").asText());
                }
            }
            Set<String> expectedUsers = new TreeSet<>();
            for (JsonNode user : realm.admin().get(realm.adminPath("/users?briefRepresentation=true&max=1000")).expect(200).json()) {
                expectedUsers.add(user.path("id").asText() + " " + user.path("username").asText());
            }
            JsonNode synced = synced();
            Set<String> orgs = new TreeSet<>();
            synced.path("organizations").forEach(o -> orgs.add(o.path("id").asText() + " " + o.path("slug").asText() + " " + o.path("name").asText()));
            Set<String> users = new TreeSet<>();
            synced.path("users").forEach(u -> users.add(u.path("id").asText() + " " + u.path("username").asText()));
            return orgs.equals(expectedOrgs) && syncedMemberships().equals(expectedMemberships) && users.equals(expectedUsers)
                    && !expectedOrgs.isEmpty() && !expectedMemberships.isEmpty();
        });
    }

    private static JsonNode synced() {
        return app.http().get("/debug/sync").send().expect(200).json();
    }

    private static Set<String> syncedMemberships() {
        Set<String> memberships = new TreeSet<>();
        synced().path("memberships").forEach(m -> memberships.add(
                m.path("org_id").asText() + " " + m.path("user_id").asText() + " " + m.path("role").asText()));
        return memberships;
    }

    private static String acme() {
        return realm.admin().get(realm.adminPath("/orgkit/organizations/acme")).expect(200).json().path("id").asText();
    }

    private static void scenario(String name, String... options) {
        List<String> args = new ArrayList<>(List.of(APP_URL, realm.env().server().baseUrl(), realm.name(),
                browser.screenshots().toString()));
        args.addAll(List.of(options));
        args.add(name);
        BrowserScript.Result result = browser.run("example-app.mjs", "example-app-" + name, Duration.ofMinutes(4), args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.describe() + "\nthe app printed:\n" + app.output()).isZero();
    }

    /** The demo's app client, at the port the app runs on here instead of localhost:3000. */
    private static void pointTheAppClientAtTheTestPort(ObjectNode json) {
        for (JsonNode client : json.withArray("clients")) {
            if (client.path("clientId").asText().equals("orgkit-demo-app")) {
                ObjectNode app = (ObjectNode) client;
                app.putArray("redirectUris").add(APP_URL + "/*");
                app.putArray("webOrigins").add(APP_URL);
                ((ObjectNode) app.path("attributes")).put("post.logout.redirect.uris", APP_URL + "/*");
                return;
            }
        }
        throw new AssertionError("the demo realm has no client orgkit-demo-app");
    }
}
