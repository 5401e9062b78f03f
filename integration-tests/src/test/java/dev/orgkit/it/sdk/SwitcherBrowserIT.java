package dev.orgkit.it.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.BrowserScript;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The embeddable organization switcher ({@code sdk/switcher}, its prebuilt
 * {@code dist/orgkit-switcher.js} on {@code sdk/switcher/example/index.html}) in Chromium against
 * the server under test: an app on its own origin, listed in the web origins of the token's client,
 * and the same page on an origin that is not. Runs {@code integration-tests/browser/switcher.mjs};
 * screenshots go to {@code integration-tests/target/screenshots/}.
 */
@Tag("browser")
class SwitcherBrowserIT {

    /** The app's client: public, with the password grant so that the test (the app's server) holds bob's session. */
    static final String APP_CLIENT = "orgkit-switcher-test";

    /** {@code sdk/switcher/dist}, passed by the Maven build (which builds it first). */
    private static final Path DIST = Path.of(System.getProperty("orgkit.it.switcherDist", "../sdk/switcher/dist"));
    private static final Path PAGE = DIST.getParent().resolve("example/index.html");

    /** The app; its origin is the client's only web origin. */
    private static final SwitcherPage app = SwitcherPage.start(DIST, PAGE);
    /** The same page on another origin, which the client does not list. */
    private static final SwitcherPage foreign = SwitcherPage.start(DIST, PAGE);

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(SwitcherBrowserIT::prepare);

    private static final BrowserScript browser = BrowserScript.fromBuild();

    @BeforeAll
    static void tooling() {
        browser.requireTooling();
        app.pointAt(realm.env().server().baseUrl(), realm.name());
        foreign.pointAt(realm.env().server().baseUrl(), realm.name());
    }

    @AfterAll
    static void stop() {
        app.close();
        foreign.close();
    }

    @Test
    void bobSwitchesToGlobexInTheAppsHeaderAndHisSessionThenCarriesGlobex() {
        Tokens.TokenSet bob = signIn("bob");
        assertThat(bob.access().path("allowed-origins")).extracting(JsonNode::asText).containsExactly(app.origin());
        assertThat(bob.access().has("org_id")).as("bob has two organizations and none is active at first").isFalse();
        app.signIn(bob, SwitcherBrowserIT::refresh);
        foreign.signIn(signIn("bob"), SwitcherBrowserIT::refresh);

        BrowserScript.Result result = browser.run("switcher.mjs", "switcher", Duration.ofMinutes(3),
                app.pageUrl(), foreign.pageUrl(), realm.env().server().baseUrl(), browser.screenshots().toString());
        assertThat(result.exitCode()).as(result.describe()).isZero();

        // The switcher called the app's refreshToken after the switch: the session's token is a new one, with globex.
        assertThat(app.refreshes()).isEqualTo(1);
        Tokens.TokenSet session = app.tokens();
        assertThat(session.accessToken()).isNotEqualTo(bob.accessToken());
        assertThat(session.access().path("org_slug").asText()).isEqualTo("globex");
        assertThat(session.access().path("org_role").asText()).isEqualTo("org:admin");

        // The REST API agrees for that session, and its next refresh carries globex too.
        JsonNode active = realm.http().get(realm.api("/me/active-organization")).bearer(session.accessToken()).send().expect(200).json();
        assertThat(active.path("organization").path("slug").asText()).isEqualTo("globex");
        Tokens.TokenSet refreshed = refresh(session);
        assertThat(refreshed.access().path("org_slug").asText()).isEqualTo("globex");

        // The page on the foreign origin changed nothing: its session has no active organization.
        JsonNode untouched = realm.http().get(realm.api("/me/active-organization")).bearer(foreign.tokens().accessToken())
                .send().expect(200).json();
        assertThat(untouched.path("organization").isNull()).as(untouched.toString()).isTrue();
        assertThat(foreign.refreshes()).isZero();
    }

    private static Tokens.TokenSet signIn(String username) {
        return realm.tokens().password(realm.name(), APP_CLIENT, username, username);
    }

    private static Tokens.TokenSet refresh(Tokens.TokenSet tokens) {
        return realm.tokens().refresh(realm.name(), APP_CLIENT, tokens.refreshToken());
    }

    /** The demo realm plus the app's client (web origin: the app's origin only), and acme requiring MFA. */
    private static void prepare(ObjectNode json) {
        ObjectNode client = json.withArray("clients").addObject();
        client.put("clientId", APP_CLIENT);
        client.put("name", "orgkit switcher test app");
        client.put("publicClient", true);
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", true);
        client.put("protocol", "openid-connect");
        client.putArray("webOrigins").add(app.origin());
        client.putArray("defaultClientScopes").add("basic").add("profile").add("email").add("roles").add("web-origins")
                .add("acr").add("orgkit");
        for (JsonNode org : json.withArray("organizations")) {
            if ("acme".equals(org.path("alias").asText())) {
                ObjectNode attributes = org.has("attributes") ? (ObjectNode) org.get("attributes") : ((ObjectNode) org).putObject("attributes");
                attributes.putArray("orgkit.mfa-required").add("true");
            }
        }
    }
}
