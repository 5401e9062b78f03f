package dev.orgkit.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.BrowserScript;
import dev.orgkit.it.support.TestRealm;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sign-up allowlist in a real browser (Debian's Chromium driven by playwright-core):
 * {@code integration-tests/browser/signup.mjs} registers a refused and then an allowed address.
 * The refused page is kept as {@code target/screenshots/signup-refused.png}.
 */
@Tag("browser")
class SignupBrowserIT {

    static final String APP = "orgkit-signup-browser";

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(SignupBrowserIT::prepare);

    private static final BrowserScript browser = BrowserScript.fromBuild();

    @BeforeAll
    static void tooling() {
        browser.requireTooling();
    }

    @Test
    void anAddressOffTheListIsRefusedOnTheEmailFieldAndAnAllowedOneRegisters() {
        BrowserScript.Result result = browser.run("signup.mjs", "signup", Duration.ofMinutes(3),
                realm.env().server().baseUrl(), realm.name(), browser.screenshots().toString(), APP);

        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(browser.screenshots().resolve("signup-refused.png")).exists();
        JsonNode refused = realm.admin().get(realm.adminPath("/users?exact=true&username=stranger")).expect(200).json();
        JsonNode allowed = realm.admin().get(realm.adminPath("/users?exact=true&username=pat")).expect(200).json();
        assertThat(refused).isEmpty();
        assertThat(allowed).hasSize(1);
        assertThat(allowed.get(0).path("email").asText()).isEqualTo("pat@partner.test");
    }

    private static void prepare(ObjectNode json) {
        json.put("registrationAllowed", true);
        json.put("loginTheme", "orgkit");
        ObjectNode attributes = (ObjectNode) json.get("attributes");
        attributes.put("orgkit.allowlist-enabled", "true");
        attributes.put("orgkit.allowlist", "@partner.test");
        ObjectNode app = json.withArray("clients").addObject();
        app.put("clientId", APP);
        app.put("publicClient", true);
        app.put("standardFlowEnabled", true);
        app.put("directAccessGrantsEnabled", false);
        // Relative: resolved against the server's own URL, whatever port the test server has.
        app.putArray("redirectUris").add("/" + APP + "/callback");
    }
}
