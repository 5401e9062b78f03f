package dev.orgkit.it.invitations;

import static dev.orgkit.it.invitations.InvitationFixtures.invitations;
import static dev.orgkit.it.invitations.InvitationFixtures.invited;
import static dev.orgkit.it.invitations.InvitationFixtures.pathOf;
import static dev.orgkit.it.invitations.InvitationFixtures.token;
import static dev.orgkit.it.invitations.InvitationFixtures.tokenOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import dev.orgkit.it.support.Browser;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.Images;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;

import jakarta.mail.internet.MimeMessage;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invitation links end to end: a real SMTP server receives the email, a cookie-keeping HTTP client
 * follows the link through the login-theme pages, Keycloak's login and the registration form.
 */
class InvitationAcceptFlowIT {

    @RegisterExtension
    @Order(1)
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @RegisterExtension
    @Order(2)
    static final TestRealm realm = InvitationFixtures.realm(() -> mail.getSmtp().getPort(), InvitationFixtures.UNLIMITED);

    @Test
    void aNewAddressRegistersThroughTheEmailedLinkAndLandsInAcmeWithTheRoleAndAcmeActive() throws Exception {
        JsonNode invitation = realm.http().post(invitations(realm, "acme")).bearer(token(realm, "alice"))
                .json(Map.of("email", "newbie@example.com", "role", "org:member", "redirect_uri", InvitationFixtures.APP_REDIRECT))
                .send().expect(201).json();
        assertThat(invitation.path("email_sent").asBoolean()).as(invitation.toString()).isTrue();

        MimeMessage email = Mailbox.await(mail, "newbie@example.com");
        assertThat(email.getSubject()).contains("Acme").contains("Alice Anders");
        String text = Mailbox.part(email, "text/plain");
        String html = Mailbox.part(email, "text/html");
        assertThat(text).contains("org:member").contains("Acme").contains("Alice Anders");
        assertThat(html).contains("<a href=");
        String link = InvitationFixtures.linkIn(text);
        assertThat(link).isEqualTo(invitation.path("url").asText());

        Browser browser = new Browser(realm.http().baseUrl());
        Browser.Page landing = browser.get(pathOf(link));
        assertThat(landing.status()).as(landing.toString()).isEqualTo(200);
        assertThat(landing.has("Alice Anders invited you to join Acme as org:member")).as(landing.toString()).isTrue();
        Browser.Page register = browser.get(landing.link("orgkit-register").orElseThrow().toString());
        assertThat(register.has("newbie@example.com")).isTrue();

        Browser.Page signedIn = browser.submit(register.form("orgkit-invitation-register")
                .with("username", "newbie").with("firstName", "New").with("lastName", "Bie")
                .with("password", "Newbie-pass-1").with("password-confirm", "Newbie-pass-1"));
        Browser.Page landed = browser.follow(signedIn);
        assertThat(landed.location()).as(landed.toString()).contains(InvitationFixtures.APP_REDIRECT);

        JsonNode claims = codeFlowClaims(browser);
        assertThat(claims.path("preferred_username").asText()).isEqualTo("newbie");
        assertThat(claims.path("org_slug").asText()).as(claims.toString()).isEqualTo("acme");
        assertThat(claims.path("org_role").asText()).isEqualTo("org:member");

        JsonNode accepted = realm.http().get(invitations(realm, "acme") + "/" + invitation.path("id").asText())
                .bearer(token(realm, "alice")).send().expect(200).json();
        assertThat(accepted.path("status").asText()).isEqualTo("accepted");
        String newbie = realm.admin().userId(realm.name(), "newbie");
        assertThat(accepted.path("user_id").asText()).isEqualTo(newbie);
        assertThat(realm.admin().get(realm.adminPath("/users/" + newbie)).expect(200).json().path("emailVerified").asBoolean()).isTrue();
    }

    @Test
    void carolSignsInThroughKeycloaksLoginAcceptsWithTheInvitedRoleAndTheOrganizationBecomesActiveInThatSession() throws Exception {
        // carol first joins globex (through the API, in another session): globex is her last active organization
        String toGlobex = invited(realm, token(realm, "bob"), "globex", "carol@example.com", "org:member").path("id").asText();
        realm.http().post(realm.path("/orgkit/me/invitations/" + toGlobex + "/accept")).bearer(token(realm, "carol")).send().expect(200);
        JsonNode invitation = invited(realm, token(realm, "alice"), "acme", "carol@example.com", "org:billing");
        String link = InvitationFixtures.linkIn(Mailbox.awaitText(mail, "carol@example.com", invitation.path("url").asText()));

        Browser browser = new Browser(realm.http().baseUrl());
        Browser.Page landing = browser.get(pathOf(link));
        assertThat(landing.link("orgkit-register")).as("carol has an account already").isEmpty();
        Browser.Page login = browser.follow(browser.get(landing.link("orgkit-sign-in").orElseThrow().toString()));
        assertThat(login.has("carol@example.com")).as("the invited email is the login hint").isTrue();
        Browser.Page confirm = logIn(browser, login, "carol", "carol");
        assertThat(confirm.status()).as(confirm.toString()).isEqualTo(200);
        assertThat(confirm.uri().getQuery()).doesNotContain("code=");

        Browser.Page done = browser.submit(confirm.form("orgkit-invitation-accept"));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location().orElseThrow()).endsWith("/realms/" + realm.name() + "/account/");

        JsonNode orgs = realm.http().get(realm.path("/orgkit/me/organizations")).bearer(token(realm, "carol")).send().expect(200).json();
        assertThat(orgs.toString()).contains("\"slug\":\"acme\"").contains("\"role\":\"org:billing\"");
        JsonNode claims = codeFlowClaims(browser);
        assertThat(claims.path("org_slug").asText()).as(claims.toString()).isEqualTo("acme");
        assertThat(claims.path("org_role").asText()).isEqualTo("org:billing");
    }

    @Test
    void aUserSignedInWithAnotherEmailIsToldSoAndNothingHappens() throws Exception {
        JsonNode invitation = invited(realm, token(realm, "alice"), "acme", "someone@example.com", "org:member");
        Browser browser = new Browser(realm.http().baseUrl());
        signIn(browser, "bob", "bob");

        Browser.Page page = browser.get(pathOf(invitation.path("url").asText()));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.has("orgkit-invitation-wrong-user")).isTrue();
        assertThat(page.has("orgkit-invitation-accept")).isFalse();
        assertThat(status(invitation)).isEqualTo("pending");
    }

    @Test
    void expiredRevokedUsedTamperedAndUnknownTokensAllGetTheSameAnswer() throws Exception {
        String alice = token(realm, "alice");
        Browser browser = new Browser(realm.http().baseUrl());
        JsonNode expired = invited(realm, alice, "acme", "late@example.com", "org:member");
        InvitationFixtures.update(realm, "UPDATE ORGKIT_INVITATION SET EXPIRES_AT = ? WHERE ID = ?",
                System.currentTimeMillis() - 1000, expired.path("id").asText());
        JsonNode revoked = invited(realm, alice, "acme", "gone@example.com", "org:member");
        realm.http().delete(invitations(realm, "acme") + "/" + revoked.path("id").asText()).bearer(alice).send().expect(200);
        JsonNode used = invited(realm, alice, "acme", "dora@example.com", "org:member");
        String dora = createUser("dora");
        realm.http().post(realm.path("/orgkit/me/invitations/" + used.path("id").asText() + "/accept"))
                .bearer(token(realm, "dora")).send().expect(200);
        String valid = invited(realm, alice, "acme", "valid@example.com", "org:member").path("url").asText();
        String validToken = tokenOf(valid);
        char last = validToken.charAt(validToken.length() - 1);
        String tampered = validToken.substring(0, validToken.length() - 1) + (last == 'A' ? 'B' : 'A');

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", tokenOf(expired.path("url").asText()));
        tokens.put("revoked", tokenOf(revoked.path("url").asText()));
        tokens.put("used", tokenOf(used.path("url").asText()));
        tokens.put("tampered", tampered);
        tokens.put("unknown", "A".repeat(43));
        tokens.put("malformed", "not-a-token");
        String reference = null;
        for (Map.Entry<String, String> entry : tokens.entrySet()) {
            Browser.Page page = browser.get(realm.path("/orgkit/invitations/accept?token=" + entry.getValue()));
            assertThat(page.status()).as(entry.getKey()).isEqualTo(404);
            assertThat(page.has("orgkit-invitation-invalid")).as(entry.getKey()).isTrue();
            assertThat(page.has("Acme")).as(entry.getKey()).isFalse();
            reference = reference == null ? page.body() : reference;
            assertThat(page.body()).as(entry.getKey() + " answers like the others").isEqualTo(reference);
        }
        assertThat(browser.get(pathOf(valid)).status()).isEqualTo(200);
        assertThat(dora).isNotEmpty();
    }

    @Test
    void resendingMakesTheOldLinkStopWorkingAndSendsANewOne() throws Exception {
        String alice = token(realm, "alice");
        JsonNode invitation = invited(realm, alice, "acme", "again@example.com", "org:member");
        String oldLink = InvitationFixtures.linkIn(Mailbox.part(Mailbox.await(mail, "again@example.com"), "text/plain"));

        JsonNode resent = realm.http().post(invitations(realm, "acme") + "/" + invitation.path("id").asText() + "/resend")
                .bearer(alice).send().expect(200).json();
        String newLink = InvitationFixtures.linkIn(Mailbox.awaitText(mail, "again@example.com", resent.path("url").asText()));
        assertThat(Mailbox.count(mail, "again@example.com")).isEqualTo(2);

        Browser browser = new Browser(realm.http().baseUrl());
        assertThat(newLink).isEqualTo(resent.path("url").asText()).isNotEqualTo(oldLink);
        assertThat(browser.get(pathOf(oldLink)).status()).isEqualTo(404);
        assertThat(browser.get(pathOf(newLink)).status()).isEqualTo(200);
    }

    @Test
    void declineThroughThePageEndsTheInvitation() throws Exception {
        JsonNode invitation = invited(realm, token(realm, "alice"), "acme", "nope@example.com", "org:member");
        createUser("nope");
        Browser browser = new Browser(realm.http().baseUrl());
        signIn(browser, "nope", "nope");

        Browser.Page confirm = browser.get(pathOf(invitation.path("url").asText()));
        Browser.Page declined = browser.submit(confirm.form("orgkit-invitation-decline"));

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.has("orgkit-invitation-declined")).isTrue();
        JsonNode answered = realm.http().get(invitations(realm, "acme") + "/" + invitation.path("id").asText())
                .bearer(token(realm, "alice")).send().expect(200).json();
        assertThat(answered.path("status").asText()).as("Clerk has no declined status").isEqualTo("revoked");
        assertThat(answered.path("declined").asBoolean()).isTrue();
        Browser.Page forged = browser.submit(confirm.form("orgkit-invitation-accept").with("csrf", "forged"));
        assertThat(forged.status()).isEqualTo(404);
    }

    @Test
    void aFullOrganizationAnswersTheFullPageAndTheLinkStaysValidUntilItHasRoom() throws Exception {
        String owner = TestRealm.unique("owner");
        createUser(owner);
        String slug = TestRealm.unique("full");
        realm.createOrganization(slug, slug, owner);
        String invitee = TestRealm.unique("seatless");
        createUser(invitee);
        JsonNode invitation = invited(realm, token(realm, owner), slug, invitee + "@example.com", "org:member");
        String newcomer = TestRealm.unique("newcomer");
        JsonNode forNewcomer = invited(realm, token(realm, owner), slug, newcomer + "@example.com", "org:member");
        limit(slug, 1);

        Browser browser = new Browser(realm.http().baseUrl());
        signIn(browser, invitee, invitee);
        Browser.Page full = browser.submit(browser.get(pathOf(invitation.path("url").asText())).form("orgkit-invitation-accept"));
        assertThat(full.status()).as(full.toString()).isEqualTo(409);
        assertThat(full.has("orgkit-invitation-full")).isTrue();
        assertThat(status(owner, slug, invitation)).isEqualTo("pending");

        // registering through the link of a full organization keeps nothing, not even the account
        Browser stranger = new Browser(realm.http().baseUrl());
        Browser.Page landing = stranger.get(pathOf(forNewcomer.path("url").asText()));
        Browser.Page register = stranger.get(landing.link("orgkit-register").orElseThrow().toString());
        Browser.Page refused = stranger.submit(register.form("orgkit-invitation-register")
                .with("username", newcomer).with("firstName", "New").with("lastName", "Comer")
                .with("password", "Newcomer-pass-1").with("password-confirm", "Newcomer-pass-1"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.has("orgkit-invitation-full")).isTrue();
        assertThat(realm.admin().get(realm.adminPath("/users?exact=true&username=" + newcomer)).expect(200).json()).isEmpty();
        assertThat(status(owner, slug, forNewcomer)).isEqualTo("pending");

        limit(slug, 2);
        Browser.Page done = browser.submit(browser.get(pathOf(invitation.path("url").asText())).form("orgkit-invitation-accept"));
        assertThat(done.status()).as(done.toString()).isEqualTo(303);
        assertThat(status(owner, slug, invitation)).isEqualTo("accepted");
    }

    private void limit(String slug, int limit) {
        realm.admin().patch(realm.adminPath("/orgkit/organizations/" + slug), Map.of("max_allowed_memberships", limit)).expect(200);
    }

    private String status(String owner, String slug, JsonNode invitation) {
        return realm.http().get(invitations(realm, slug) + "/" + invitation.path("id").asText()).bearer(token(realm, owner))
                .send().expect(200).json().path("status").asText();
    }

    private String status(JsonNode invitation) {
        return realm.http().get(invitations(realm, "acme") + "/" + invitation.path("id").asText()).bearer(token(realm, "alice"))
                .send().expect(200).json().path("status").asText();
    }

    /** A user with a verified {@code <name>@example.com} and the password {@code name}. */
    private String createUser(String name) {
        Map<String, Object> user = Map.of("username", name, "enabled", true, "email", name + "@example.com", "emailVerified", true,
                "firstName", name, "lastName", "Test",
                "credentials", java.util.List.of(Map.of("type", "password", "value", name, "temporary", false)));
        realm.admin().post(realm.adminPath("/users"), user).expect(201);
        return realm.admin().userId(realm.name(), name);
    }

    /** Signs in through the app client's authorization endpoint, leaving the SSO cookie in the browser. */
    private void signIn(Browser browser, String username, String password) {
        Browser.Page back = logIn(browser, browser.follow(browser.get(authorizeUrl())), username, password);
        assertThat(back.location()).as(back.toString()).hasValueSatisfying(l -> assertThat(l).startsWith("https://app.example.test/"));
    }

    /**
     * Fills Keycloak's login form until it is done (with organizations on, the realm's login asks for
     * the username first and the password on a second page) and follows where it leads.
     */
    private static Browser.Page logIn(Browser browser, Browser.Page page, String username, String password) {
        Browser.Page current = page;
        for (int step = 0; step < 3 && current.has("id=\"kc-form-login\""); step++) {
            Browser.Form form = current.form("kc-form-login");
            if (form.fields().containsKey("username")) {
                form = form.with("username", username);
            }
            if (form.fields().containsKey("password")) {
                form = form.with("password", password);
            }
            current = browser.follow(browser.submit(form));
        }
        return current;
    }

    @Test
    void theEmailAndThePageOfItsLinkShowTheOrganizationsLogo() throws Exception {
        String slug = TestRealm.unique("logo");
        realm.createOrganization("Logo " + slug, slug, "alice");
        String alice = token(realm, "alice");
        String imageUrl = realm.http().put(realm.path("/orgkit/organizations/" + slug + "/logo")).bearer(alice)
                .bytes("image/png", Images.png(1)).send().expect(200).json().path("image_url").asText();
        String address = slug + "@example.com";

        invited(realm, alice, slug, address, "org:member");

        MimeMessage email = Mailbox.await(mail, address);
        assertThat(Mailbox.part(email, "text/html")).contains("src=\"" + imageUrl + "\"");
        String link = InvitationFixtures.linkIn(Mailbox.part(email, "text/plain"));
        Browser.Page landing = new Browser(realm.http().baseUrl()).get(pathOf(link));
        assertThat(landing.has("id=\"orgkit-invitation-logo\" src=\"" + imageUrl + "\"")).as(landing.toString()).isTrue();
        realm.http().get(imageUrl).send().expect(200);
    }

    /** The access-token claims of an authorization-code flow of the app client in the browser's SSO session. */
    private JsonNode codeFlowClaims(Browser browser) {
        Browser.Page back = browser.follow(browser.get(authorizeUrl()));
        String location = back.location().orElseThrow(() -> new AssertionError("no redirect: " + back));
        String query = URI.create(location).getQuery();
        String code = null;
        for (String pair : query.split("&")) {
            if (pair.startsWith("code=")) {
                code = pair.substring("code=".length());
            }
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", InvitationFixtures.APP);
        form.put("redirect_uri", InvitationFixtures.APP_REDIRECT);
        form.put("code", code);
        Http.Response tokens = realm.http().post(realm.path("/protocol/openid-connect/token")).form(form).send().expect(200);
        return Tokens.claims(tokens.json().path("access_token").asText());
    }

    private String authorizeUrl() {
        return realm.path("/protocol/openid-connect/auth?client_id=" + InvitationFixtures.APP + "&response_type=code&scope=openid"
                + "&redirect_uri=" + Http.form(Map.of("r", InvitationFixtures.APP_REDIRECT)).substring(2));
    }
}
