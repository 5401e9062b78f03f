package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.BrowserScript;
import dev.orgkit.it.support.TestRealm;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The orgkit account console in a real browser (Debian's Chromium driven by playwright-core)
 * against the server under test with a copy of the demo realm. Each test runs one scenario of
 * {@code integration-tests/browser/account-console.mjs}; screenshots go to
 * {@code integration-tests/target/screenshots/}.
 */
@Tag("browser")
class AccountConsoleBrowserIT {

    /** Public client with PKCE and the orgkit scope: an app in the same browser session as the console. */
    static final String TEST_APP = "orgkit-browser-test";

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(AccountConsoleBrowserIT::addTestApp);

    private static final BrowserScript browser = BrowserScript.fromBuild();

    @BeforeAll
    static void tooling() {
        browser.requireTooling();
    }

    @Test
    void bobSwitchesFromAcmeToGlobexAndARefreshedTokenCarriesGlobex() {
        scenario("bob-switches-organization");
    }

    @Test
    void aliceChangesBobsRoleAndBobsConsoleShowsIt() {
        scenario("alice-changes-bobs-role");
    }

    @Test
    void carolCreatesAnOrganizationAndIsRefusedAReservedSlug() {
        scenario("carol-creates-organization");
    }

    @Test
    void myInvitationsPageLoads() {
        scenario("my-invitations-page");
    }

    private static void scenario(String name) {
        BrowserScript.Result result = browser.run("account-console.mjs", name, Duration.ofMinutes(4),
                realm.env().server().baseUrl(), realm.name(), browser.screenshots().toString(), name);
        assertThat(result.exitCode()).as(result.describe()).isZero();
    }

    private static void addTestApp(ObjectNode json) {
        ObjectNode client = json.withArray("clients").addObject();
        client.put("clientId", TEST_APP);
        client.put("name", "orgkit browser test app");
        client.put("publicClient", true);
        client.put("standardFlowEnabled", true);
        client.put("directAccessGrantsEnabled", false);
        client.put("protocol", "openid-connect");
        // Relative: resolved against the server's own URL, whatever port the test server has.
        client.putArray("redirectUris").add("/" + TEST_APP + "/callback");
        client.putObject("attributes").put("pkce.code.challenge.method", "S256");
        client.putArray("defaultClientScopes").add("basic").add("profile").add("email").add("roles").add("web-origins")
                .add("acr").add("orgkit");
    }
}
