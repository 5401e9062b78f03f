package dev.orgkit.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Browser;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sign-up allowlist through Keycloak's own registration page (cookie-keeping HTML client): the
 * demo realm's registration flow carries the form action, the realm policy switches it.
 */
class SignupAllowlistIT {

    static final String APP = "orgkit-signup-app";
    static final String APP_REDIRECT = "https://app.example.test/callback";
    static final String REFUSED = "Sign-up with this email address is not allowed here.";

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(SignupAllowlistIT::prepare);

    @Test
    void withThePolicyOffAnyAddressRegistersAsBefore() {
        realm.policy("allowlist-enabled", "false");
        realm.policy("allowlist", "@partner.test");

        Browser.Page done = register("free", "free@anywhere.test");

        assertThat(done.location()).as(done.toString()).hasValueSatisfying(l -> assertThat(l).startsWith(APP_REDIRECT));
        assertThat(userByEmail("free@anywhere.test")).isNotNull();
    }

    @Test
    void anAddressOffTheListIsRefusedOnTheEmailFieldAndNoAccountIsMade() {
        enable("@partner.test,vip@example.org");

        Browser.Page refused = register("stranger", "stranger@example.com");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.has(REFUSED)).as(refused.toString()).isTrue();
        assertThat(refused.body()).as("the message sits under the email field").contains("id=\"input-error-email\"");
        assertThat(userByEmail("stranger@example.com")).isNull();
    }

    @Test
    void anAddressOfAListedDomainOrAListedAddressRegistersWhateverItsCase() {
        enable("@partner.test,vip@example.org");

        Browser.Page domain = register("pat", "Pat@PARTNER.test");
        Browser.Page address = register("vip", "VIP@example.org");

        assertThat(domain.location()).as(domain.toString()).hasValueSatisfying(l -> assertThat(l).startsWith(APP_REDIRECT));
        assertThat(address.location()).as(address.toString()).hasValueSatisfying(l -> assertThat(l).startsWith(APP_REDIRECT));
        assertThat(userByEmail("pat@partner.test")).isNotNull();
        assertThat(userByEmail("vip@example.org")).isNotNull();
    }

    @Test
    void aSubdomainOfAListedDomainIsRefused() {
        enable("@partner.test");

        Browser.Page refused = register("sub", "sub@eu.partner.test");

        assertThat(refused.has(REFUSED)).as(refused.toString()).isTrue();
        assertThat(userByEmail("sub@eu.partner.test")).isNull();
    }

    @Test
    void realmAdminsStillCreateUsersWithAnyAddress() {
        enable("@partner.test");

        String id = realm.createUser(TestRealm.unique("adminmade"));

        assertThat(realm.admin().get(realm.adminPath("/users/" + id)).expect(200).json().path("email").asText())
                .endsWith("@example.com");
    }

    /** Clerk's rule: an invitation is the administrators' own choice, so it bypasses the allowlist. */
    @Test
    void anInvitedAddressOffTheListRegistersThroughTheInvitationLink() {
        enable("@partner.test");
        String alice = realm.login("alice").accessToken();
        JsonNode invitation = realm.http().post(realm.api("/organizations/acme/invitations")).bearer(alice)
                .json(Map.of("email", "guest@elsewhere.test", "role", "org:member")).send().expect(201).json();

        Browser browser = new Browser(realm.http().baseUrl());
        Browser.Page landing = browser.get(URI.create(invitation.path("url").asText()).getRawPath() + "?"
                + URI.create(invitation.path("url").asText()).getRawQuery());
        Browser.Page form = browser.get(landing.link("orgkit-register").orElseThrow(() -> new AssertionError(landing)).toString());
        Browser.Page registered = browser.follow(browser.submit(form.form("orgkit-invitation-register")
                .with("username", "guest").with("firstName", "Guest").with("lastName", "Else")
                .with("password", "Guest-pass-1").with("password-confirm", "Guest-pass-1")));

        assertThat(registered.has(REFUSED)).as(registered.toString()).isFalse();
        JsonNode guest = userByEmail("guest@elsewhere.test");
        assertThat(guest).as(registered.toString()).isNotNull();
        JsonNode members = realm.http().get(realm.api("/organizations/acme/members?search=guest")).bearer(alice).send().expect(200).json();
        assertThat(members.toString()).contains(guest.path("id").asText());
    }

    @Test
    void anAllowlistEntryThatIsNeitherAnAddressNorADomainIsRefusedByThePolicyEndpoint() {
        JsonNode error = realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("allowlist", "partner.test")).expect(400).json();

        assertThat(error.path("error").asText()).isEqualTo("invalid_setting");
        assertThat(error.path("error_description").asText()).contains("partner.test");
    }

    private static void enable(String list) {
        realm.policy("allowlist", list);
        realm.policy("allowlist-enabled", "true");
    }

    /** Opens Keycloak's registration page for the app and submits it; the answer (a redirect to the app when it worked). */
    private static Browser.Page register(String username, String email) {
        Browser browser = new Browser(realm.http().baseUrl());
        Browser.Page page = browser.follow(browser.get(realm.path("/protocol/openid-connect/registrations?client_id=" + APP
                + "&response_type=code&scope=openid&redirect_uri=" + Http.form(Map.of("r", APP_REDIRECT)).substring(2))));
        Browser.Form form = page.form("kc-register-form")
                .with("username", username).with("email", email).with("firstName", username).with("lastName", "Test")
                .with("password", username + "-Pass-1").with("password-confirm", username + "-Pass-1");
        return browser.follow(browser.submit(form));
    }

    private static JsonNode userByEmail(String email) {
        JsonNode users = realm.admin().get(realm.adminPath("/users?exact=true&email=" + Http.form(Map.of("e", email)).substring(2)))
                .expect(200).json();
        return users.isEmpty() ? null : users.get(0);
    }

    static void prepare(ObjectNode json) {
        json.put("registrationAllowed", true);
        json.put("loginTheme", "orgkit");
        ObjectNode attributes = (ObjectNode) json.get("attributes");
        attributes.put("orgkit.invitation-ip-limit", "0");
        attributes.put("orgkit.invitation-org-daily-limit", "0");
        ObjectNode app = ((ArrayNode) json.get("clients")).addObject();
        app.put("clientId", APP);
        app.put("enabled", true);
        app.put("publicClient", true);
        app.put("standardFlowEnabled", true);
        app.put("directAccessGrantsEnabled", false);
        app.putArray("redirectUris").add("https://app.example.test/*");
    }
}
