package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.BrowserScript;
import dev.orgkit.it.support.TestEnvironment;
import dev.orgkit.it.support.TestRealm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** The browser script runs the SMTP server the realm sends its invitation emails to. */
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(AccountConsoleBrowserIT::prepare);

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
    void bobPicksGlobexOnTheLoginPageOfAnAppAndHisConsoleShowsItActive() {
        scenario("bob-picks-organization-at-login");
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
    void aliceInvitesANewAddressWhoRegistersThroughTheEmailedLinkAndSeesAcme() {
        scenario("alice-invites-new-address");
    }

    @Test
    void aResentInvitationHasANewLinkAndARevokedOneLeavesThePendingList() {
        scenario("alice-resends-and-revokes");
    }

    @Test
    void anInviterGetsTheLinkWhenTheEmailCannotBeSent() {
        scenario("invitation-email-not-sent");
    }

    @Test
    void aUserSuggestedThroughAVerifiedDomainAsksToJoinAndAnAdminApproves() {
        String alice = realm.login("alice").accessToken();
        String domain = TestRealm.unique("browser") + ".example";
        String domains = realm.api("/organizations/acme/domains");
        JsonNode added = realm.http().post(domains).bearer(alice)
                .json(Map.of("name", domain, "enrollment_mode", "automatic_suggestion")).send().expect(201).json();
        TestEnvironment.dns().txt(added.path("verification").path("name").asText(),
                added.path("verification").path("value").asText());
        realm.http().post(domains + "/" + domain + "/verify").bearer(alice).send().expect(200);
        realm.admin().post(realm.adminPath("/users"), Map.of("username", "nina", "enabled", true, "email", "nina@" + domain,
                "emailVerified", true, "firstName", "Nina", "lastName", "Novak",
                "credentials", List.of(Map.of("type", "password", "value", "nina", "temporary", false)))).expect(201);

        scenario("suggested-user-requests-and-admin-approves");
    }

    @Test
    void aliceGivesAcmeALogoSeesItWhereAcmeIsShownIsRefusedAnSvgAndRemovesIt() {
        scenario("alice-uploads-logo");
    }

    @Test
    void myInvitationsSaysWhenThereAreNone() {
        scenario("my-invitations-page");
    }

    private static void scenario(String name) {
        List<String> args = new ArrayList<>(List.of(realm.env().server().baseUrl(), realm.name(),
                browser.screenshots().toString(), "--smtp-port=" + SMTP_PORT, name));
        BrowserScript.Result result = browser.run("account-console.mjs", name, Duration.ofMinutes(4), args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.describe()).isZero();
    }

    /**
     * The demo realm plus what the scenarios need: the orgkit login and email themes (invitation
     * pages and emails), an SMTP server, a test app, frank (an existing user to invite), and no
     * invitation rate limits (they have tests of their own).
     */
    private static void prepare(ObjectNode json) {
        json.put("loginTheme", "orgkit");
        json.put("emailTheme", "orgkit");
        ObjectNode smtp = json.putObject("smtpServer");
        smtp.put("host", "127.0.0.1");
        smtp.put("port", Integer.toString(SMTP_PORT));
        smtp.put("from", "orgkit@example.test");
        smtp.put("fromDisplayName", "orgkit demo");
        ObjectNode attributes = (ObjectNode) json.get("attributes");
        attributes.put("orgkit.invitation-ip-limit", "0");
        attributes.put("orgkit.invitation-org-daily-limit", "0");
        ObjectNode frank = json.withArray("users").addObject();
        frank.put("username", "frank");
        frank.put("enabled", true);
        frank.put("email", "frank@example.com");
        frank.put("emailVerified", true);
        frank.put("firstName", "Frank");
        frank.put("lastName", "Fischer");
        ObjectNode credential = frank.putArray("credentials").addObject();
        credential.put("type", "password");
        credential.put("value", "frank");
        credential.put("temporary", false);
        addTestApp(json);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        client.putArray("optionalClientScopes").add("organization");
    }
}
