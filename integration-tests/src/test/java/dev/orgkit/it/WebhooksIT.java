package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Browser;
import dev.orgkit.it.support.ClerkTypes;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.RealmUsers;
import dev.orgkit.it.support.Rows;
import dev.orgkit.it.support.SignatureVerifier;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.WebhookReceiver;
import dev.orgkit.it.support.WebhookReceiver.Delivery;
import dev.orgkit.it.support.Webhooks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhooks through the real server: endpoint administration, every documented event type arriving
 * for its action, signed (checked by the standardwebhooks and svix npm packages), both header
 * styles, type filters, disabled endpoints and secret rotation; user and session bodies are checked against
 * Clerk's types ({@link ClerkTypes}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhooksIT {

    private static final String CLIENT = "orgkit-demo-cli";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String WEB_CLIENT = "orgkit-it-web";
    private static final String WEB_REDIRECT = "http://127.0.0.1:9/callback";

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(WebhooksIT::addUsers);

    private static WebhookReceiver receiver;
    private static SignatureVerifier verifier;
    private static Webhooks webhooks;
    private static Rows rows;
    private static String allId;
    private static String allSecret;
    private static String svixId;
    private static String svixSecret;
    private static String realmId;

    static void addUsers(ObjectNode json) {
        RealmUsers.add(json, "realmviewer", List.of(), Map.of("realm-management", List.of("view-realm")));
        RealmUsers.add(json, "userviewer", List.of(), Map.of("realm-management", List.of("view-users")));
        json.put("registrationAllowed", true);
        ObjectNode web = ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("clients")).addObject();
        web.put("clientId", WEB_CLIENT);
        web.put("publicClient", true);
        web.put("standardFlowEnabled", true);
        web.putArray("redirectUris").add(WEB_REDIRECT);
    }

    @BeforeAll
    static void setUp() {
        receiver = new WebhookReceiver();
        verifier = new SignatureVerifier();
        webhooks = new Webhooks(realm);
        rows = new Rows(realm.env().database());
        realmId = realm.admin().realm(realm.name()).path("id").asText();
        JsonNode all = webhooks.create(Map.of("url", receiver.url("/all"), "description", "every event"));
        allId = all.path("id").asText();
        allSecret = all.path("secret").asText();
        JsonNode svix = webhooks.create(Map.of("url", receiver.url("/svix"), "event_types", List.of("organization.updated"),
                "header_style", "svix"));
        svixId = svix.path("id").asText();
        svixSecret = svix.path("secret").asText();
    }

    @AfterAll
    static void tearDown() {
        verifier.close();
        receiver.close();
    }

    @Test
    @Order(1)
    void realmAdminsManageEndpointsAndSeeTheSecretOnlyOnce() {
        Http.Response created = realm.admin().post(webhooks.path(""),
                Map.of("url", "https://example.org/hooks", "event_types", List.of("user.created", "user.deleted")));
        created.expect(201);
        JsonNode endpoint = created.json();
        String id = endpoint.path("id").asText();
        String secret = endpoint.path("secret").asText();
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]+=*");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSizeGreaterThanOrEqualTo(24);
        assertThat(endpoint.path("event_types")).extracting(JsonNode::asText).containsExactly("user.created", "user.deleted");
        assertThat(endpoint.path("enabled").asBoolean()).isTrue();
        assertThat(endpoint.path("header_style").asText()).isEqualTo("standard");

        assertThat(webhooks.get(id).has("secret")).isFalse();
        assertThat(realm.admin().get(webhooks.path("")).expect(200).json()).allSatisfy(e -> assertThat(e.has("secret")).isFalse());
        String stored = rows.dump("ORGKIT_WEBHOOK_ENDPOINT");
        assertThat(stored).doesNotContain(secret).doesNotContain(secret.substring("whsec_".length()));

        JsonNode changed = webhooks.patch(id, Map.of("event_types", List.of(), "description", "all of them", "enabled", false));
        assertThat(changed.path("event_types")).isEmpty();
        assertThat(changed.path("enabled").asBoolean()).isFalse();
        assertThat(changed.has("secret")).isFalse();

        assertThat(realm.admin().get(webhooks.path("/event-types")).expect(200).json()).extracting(JsonNode::asText)
                // features in id order (core, then the test server's fixture jar, invitations, security), then users and sessions
                .containsExactly("organization.created", "organization.updated", "organization.deleted",
                        "organizationMembership.created", "organizationMembership.updated", "organizationMembership.deleted",
                        "role.created", "role.updated", "role.deleted", "permission.created", "permission.updated", "permission.deleted",
                        "fixture.pinged", "organizationInvitation.created", "organizationInvitation.revoked", "organizationInvitation.accepted",
                        "organizationDomain.created", "organizationDomain.updated", "organizationDomain.deleted",
                        "user.created", "user.updated", "user.deleted", "session.created", "session.removed", "session.revoked");

        realm.admin().delete(webhooks.path("/" + id)).expect(204);
        assertError(realm.admin().get(webhooks.path("/" + id)), 404, "not_found");
    }

    @Test
    @Order(2)
    void badInputIsRefusedWith400AndOnlyRealmManagersMayChangeEndpoints() {
        for (String url : List.of("ftp://example.org/x", "javascript:alert(1)", "not a url", "file:///etc/passwd",
                "http://user:pw@example.org/x", "https:///no-host", "")) {
            assertError(realm.admin().post(webhooks.path(""), Map.of("url", url)), 400, "invalid_url");
        }
        assertError(realm.admin().post(webhooks.path(""), Map.of("description", "no url")), 400, "invalid_url");
        assertError(realm.admin().post(webhooks.path(""), Map.of("url", "https://example.org", "event_types", List.of("user.exploded"))),
                400, "invalid_event_types");
        assertError(realm.admin().post(webhooks.path(""), Map.of("url", "https://example.org", "event_types", "user.created")),
                400, "invalid_event_types");
        assertError(realm.admin().post(webhooks.path(""), Map.of("url", "https://example.org", "header_style", "fancy")),
                400, "invalid_request");
        assertError(realm.admin().post(webhooks.path(""), Map.of("url", "https://example.org", "secret", "whsec_mine")),
                400, "invalid_request");
        assertError(realm.http().patch(webhooks.path("/" + allId)).bearer(realm.admin().token())
                .json(Map.of("url", "gopher://example.org")).send(), 400, "invalid_url");
        assertError(realm.admin().get(webhooks.path("/no-such-endpoint")), 404, "not_found");

        assertThat(realm.http().get(webhooks.path("")).send().status()).isEqualTo(401);
        String viewer = adminToken("realmviewer");
        realm.http().get(webhooks.path("")).bearer(viewer).send().expect(200);
        assertError(realm.http().post(webhooks.path("")).bearer(viewer).json(Map.of("url", "https://example.org")).send(),
                403, "forbidden");
        assertError(realm.http().post(webhooks.path("/" + allId + "/rotate-secret")).bearer(viewer).send(), 403, "forbidden");
        assertError(realm.http().get(webhooks.path("")).bearer(adminToken("userviewer")).send(), 403, "forbidden");
    }

    @Test
    @Order(3)
    void everyOrganizationEventArrivesSignedForItsAction() {
        String alice = realm.admin().userId(realm.name(), "alice");
        String carol = realm.admin().userId(realm.name(), "carol");
        String name = "Hook Co " + unique();
        JsonNode org = realm.http().post(realm.path("/orgkit/organizations")).bearer(token("alice"))
                .json(Map.of("name", name)).send().expect(201).json();
        String orgId = org.path("id").asText();

        JsonNode created = expect("organization.created", d -> orgId.equals(d.path("id").asText())).data();
        assertThat(created.path("name").asText()).isEqualTo(name);
        assertThat(created.path("slug").asText()).isEqualTo(org.path("slug").asText());
        JsonNode owner = expect("organizationMembership.created", d -> orgId.equals(d.path("organization_id").asText())
                && alice.equals(d.path("user_id").asText())).data();
        assertThat(owner.path("role").asText()).isEqualTo("org:admin");

        realm.http().patch(realm.path("/orgkit/organizations/" + orgId)).bearer(token("alice"))
                .json(Map.of("name", name + " Renamed")).send().expect(200);
        assertThat(expect("organization.updated", d -> orgId.equals(d.path("id").asText())).data().path("name").asText())
                .isEqualTo(name + " Renamed");

        realm.admin().post(realm.adminPath("/orgkit/organizations/" + orgId + "/members"), Map.of("user", "carol")).expect(201);
        Predicate<JsonNode> carolHere = d -> orgId.equals(d.path("organization_id").asText()) && carol.equals(d.path("user_id").asText());
        assertThat(expect("organizationMembership.created", carolHere).data().path("role").asText()).isEqualTo("org:member");

        realm.http().patch(realm.path("/orgkit/organizations/" + orgId + "/members/" + carol)).bearer(token("alice"))
                .json(Map.of("role", "org:admin")).send().expect(200);
        assertThat(expect("organizationMembership.updated", carolHere).data().path("role").asText()).isEqualTo("org:admin");

        realm.http().delete(realm.path("/orgkit/organizations/" + orgId + "/members/" + carol)).bearer(token("alice")).send().expect(204);
        expect("organizationMembership.deleted", carolHere);

        realm.http().delete(realm.path("/orgkit/organizations/" + orgId)).bearer(token("alice")).send().expect(204);
        expect("organization.deleted", d -> orgId.equals(d.path("id").asText()));

        // the svix-style endpoint wants organization.updated only, and gets it with svix-* headers
        Delivery svix = receiver.await("organization.updated at the svix endpoint",
                d -> d.path().equals("/svix") && orgId.equals(d.data().path("id").asText()), WAIT);
        assertThat(svix.header("svix-id")).startsWith("msg_");
        assertThat(svix.header("svix-timestamp")).isNotBlank();
        assertThat(svix.header("svix-signature")).startsWith("v1,");
        assertThat(svix.header("webhook-id")).isNull();
        assertThat(verifier.verify(SignatureVerifier.SVIX, svixSecret, svix).ok()).isTrue();
        assertThat(receiver.deliveries(d -> d.path().equals("/svix"))).allSatisfy(d -> assertThat(d.type()).isEqualTo("organization.updated"));
    }

    @Test
    @Order(4)
    void everyUserAndSessionEventArrivesSignedForItsAction() {
        String username = "dave-" + unique();
        Http.Response createdUser = realm.admin().post(realm.adminPath("/users"), Map.of("username", username, "enabled", true,
                "email", username + "@example.com", "emailVerified", true, "firstName", "Dave", "lastName", "Hooks",
                "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false))));
        createdUser.expect(201);
        String dave = realm.admin().userId(realm.name(), username);
        JsonNode created = expect("user.created", d -> dave.equals(d.path("id").asText())).data();
        assertThat(created.path("username").asText()).isEqualTo(username);
        assertThat(created.path("email_addresses").path(0).path("email_address").asText()).isEqualTo(username + "@example.com");
        assertThat(created.path("first_name").asText()).isEqualTo("Dave");

        JsonNode user = realm.admin().get(realm.adminPath("/users/" + dave)).expect(200).json();
        ((ObjectNode) user).put("firstName", "David");
        realm.admin().put(realm.adminPath("/users/" + dave), user).expect(204);
        expect("user.updated", d -> dave.equals(d.path("id").asText()) && "David".equals(d.path("first_name").asText()));

        var tokens = realm.tokens().password(realm.name(), CLIENT, username, username);
        String sid = tokens.access().path("sid").asText();
        JsonNode session = expect("session.created", d -> sid.equals(d.path("id").asText())).data();
        assertThat(session.path("user_id").asText()).isEqualTo(dave);
        assertThat(session.path("client_id").asText()).isEqualTo(CLIENT);
        assertThat(session.path("status").asText()).isEqualTo("active");

        realm.http().post(realm.path("/protocol/openid-connect/logout"))
                .form(Map.of("client_id", CLIENT, "refresh_token", tokens.refreshToken())).send().expect(204);
        JsonNode removed = expect("session.removed", d -> sid.equals(d.path("id").asText())).data();
        assertThat(removed.path("user_id").asText()).isEqualTo(dave);
        assertThat(removed.path("status").asText()).isEqualTo("removed");

        String otherSid = realm.tokens().password(realm.name(), CLIENT, username, username).access().path("sid").asText();
        expect("session.created", d -> otherSid.equals(d.path("id").asText()));
        realm.admin().delete(realm.adminPath("/sessions/" + otherSid)).expect(204);
        expect("session.revoked", d -> otherSid.equals(d.path("id").asText()));

        realm.admin().delete(realm.adminPath("/users/" + dave)).expect(204);
        JsonNode deleted = expect("user.deleted", d -> dave.equals(d.path("id").asText())).data();
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
    }

    @Test
    @Order(5)
    void selfRegistrationAndAProfileChangeInTheAccountApiArriveAsUserEvents() throws Exception {
        String username = "erin-" + unique();
        Browser browser = new Browser(realm.env().http().baseUrl());
        Browser.Page page = browser.get(realm.path("/protocol/openid-connect/registrations?client_id="
                + WEB_CLIENT + "&response_type=code&scope=openid&redirect_uri=" + java.net.URLEncoder.encode(WEB_REDIRECT, "UTF-8")));
        Browser.Form form = page.form("kc-register-form").with("username", username).with("email", username + "@example.com")
                .with("firstName", "Erin").with("lastName", "Self").with("password", "Erin-pass-1").with("password-confirm", "Erin-pass-1");
        int status = browser.submit(form).status();
        assertThat(status).as("registration answers with a redirect to the app").isEqualTo(302);
        String erin = realm.admin().userId(realm.name(), username);
        JsonNode registered = expect("user.created", d -> erin.equals(d.path("id").asText())).data();
        assertThat(registered.path("username").asText()).isEqualTo(username);
        assertThat(registered.path("first_name").asText()).isEqualTo("Erin");

        String token = realm.tokens().password(realm.name(), CLIENT, username, "Erin-pass-1").accessToken();
        realm.http().post(realm.path("/account/")).bearer(token).json(Map.of("username", username, "email", username + "@example.com",
                "firstName", "Erin", "lastName", "Changed")).send().expect(204);
        expect("user.updated", d -> erin.equals(d.path("id").asText()) && "Changed".equals(d.path("last_name").asText()));
    }

    @Test
    @Order(6)
    void invitationEventsArriveWhenTheInvitationsModuleIsInstalled() {
        Http.Response probe = realm.http().get(realm.path("/orgkit/organizations/acme/invitations")).bearer(token("alice")).send();
        Assumptions.assumeTrue(probe.status() != 404, "the invitations module is not installed in this build");

        String email = "invitee-" + unique() + "@example.com";
        JsonNode invitation = realm.http().post(realm.path("/orgkit/organizations/acme/invitations")).bearer(token("alice"))
                .json(Map.of("email", email, "role", "org:member")).send().expect(201).json();
        String invitationId = invitation.path("id").asText();
        expect("organizationInvitation.created", d -> invitationId.equals(d.path("id").asText()));
        realm.http().delete(realm.path("/orgkit/organizations/acme/invitations/" + invitationId)).bearer(token("alice")).send().expect(200);
        expect("organizationInvitation.revoked", d -> invitationId.equals(d.path("id").asText()));

        JsonNode forCarol = realm.http().post(realm.path("/orgkit/organizations/acme/invitations")).bearer(token("alice"))
                .json(Map.of("email", "carol@example.com", "role", "org:member")).send().expect(201).json();
        String carolInvitation = forCarol.path("id").asText();
        realm.http().post(realm.path("/orgkit/me/invitations/" + carolInvitation + "/accept")).bearer(token("carol")).send().expect(200);
        expect("organizationInvitation.accepted", d -> carolInvitation.equals(d.path("id").asText()));
    }

    @Test
    @Order(7)
    void aRotatedSecretSignsTogetherWithThePreviousOneForADay() {
        JsonNode rotated = realm.admin().post(webhooks.path("/" + allId + "/rotate-secret"), null).expect(200).json();
        String newSecret = rotated.path("secret").asText();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(allSecret);
        long expires = webhooks.get(allId).path("previous_secret_expires_at").asLong();
        long inADay = System.currentTimeMillis() + Duration.ofHours(24).toMillis();
        assertThat(expires).isBetween(inADay - 120_000, inADay + 120_000);

        String description = "rotation " + unique();
        realm.http().patch(realm.path("/orgkit/organizations/acme")).bearer(token("alice"))
                .json(Map.of("description", description)).send().expect(200);
        Delivery delivery = receiver.await("the first delivery signed after rotation",
                d -> d.path().equals("/all") && description.equals(d.data().path("description").asText()), WAIT);

        assertThat(delivery.header("webhook-signature").split(" ")).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("v1,"));
        assertThat(verifier.verify(SignatureVerifier.STANDARD_WEBHOOKS, allSecret, delivery).ok()).as("old secret").isTrue();
        assertThat(verifier.verify(SignatureVerifier.STANDARD_WEBHOOKS, newSecret, delivery).ok()).as("new secret").isTrue();
        String stranger = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(verifier.verify(SignatureVerifier.STANDARD_WEBHOOKS, stranger, delivery).ok()).as("another secret").isFalse();
        allSecret = newSecret;
    }

    @Test
    @Order(8)
    void disabledEndpointsAndUnsubscribedTypesReceiveNothing() {
        webhooks.patch(svixId, Map.of("enabled", false));
        String name = "Disabled Check " + unique();
        realm.http().patch(realm.path("/orgkit/organizations/acme")).bearer(token("alice")).json(Map.of("name", name)).send().expect(200);
        receiver.await("the rename at the enabled endpoint", d -> d.path().equals("/all") && name.equals(d.data().path("name").asText()), WAIT);

        assertThat(webhooks.deliveries(svixId, "?max=100")).noneSatisfy(d -> assertThat(payloadOf(svixId, d)).contains(name));
        webhooks.patch(svixId, Map.of("enabled", true));
    }

    @Test
    @Order(9)
    void everyDeliveryOfThisClassCarriesAValidSignatureAndTheDocumentedEnvelope() {
        List<Delivery> all = receiver.deliveries(d -> d.path().equals("/all"));
        assertThat(all).isNotEmpty();
        List<String> ids = new ArrayList<>();
        for (Delivery delivery : all) {
            JsonNode json = delivery.json();
            assertThat(json.fieldNames()).toIterable().containsExactly("data", "object", "type", "timestamp", "instance_id",
                    "event_attributes");
            assertThat(json.path("object").asText()).isEqualTo("event");
            assertThat(json.path("instance_id").asText()).isEqualTo(realmId);
            JsonNode request = json.path("event_attributes").path("http_request");
            assertThat(request.fieldNames()).toIterable().containsExactly("client_ip", "user_agent");
            // every change of this class comes from a request of the test's HTTP client
            assertThat(request.path("client_ip").asText()).as(delivery.type()).isEqualTo("127.0.0.1");
            assertThat(request.path("user_agent").asText()).as(delivery.type()).startsWith("Java-http-client");
            assertThat(delivery.header("webhook-id")).matches("msg_[A-Za-z0-9_-]{22}");
            assertThat(delivery.header("content-type")).startsWith("application/json");
            ids.add(delivery.header("webhook-id"));
        }
        assertThat(ids).doesNotHaveDuplicates();
        // user and session bodies are Clerk's objects (organization bodies are orgkit's own shapes for now)
        ClerkTypes.assertAccepted("WebhooksIT-users-and-sessions", all.stream()
                .filter(d -> d.type().startsWith("user.") || d.type().startsWith("session.")).map(ClerkTypes.Payload::of).toList());
    }

    @Test
    @Order(10)
    void deletingARealmRemovesItsEndpointsAndMessages() {
        String name = "orgkit-hooks-gone-" + unique();
        realm.admin().importRealm(Http.JSON.createObjectNode().put("realm", name).put("enabled", true).put("organizationsEnabled", true));
        String id = realm.admin().realm(name).path("id").asText();
        receiver.answer("/gone", 500);
        realm.admin().post("/admin/realms/" + name + "/orgkit/webhooks", Map.of("url", receiver.url("/gone"))).expect(201);
        realm.admin().post("/admin/realms/" + name + "/orgkit/organizations", Map.of("name", "Short Lived")).expect(201);
        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_WEBHOOK_DELIVERY WHERE REALM_ID = ?", id)).isEqualTo(1);

        realm.admin().deleteRealm(name);

        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_WEBHOOK_DELIVERY WHERE REALM_ID = ?", id)).isZero();
        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_WEBHOOK_ENDPOINT WHERE REALM_ID = ?", id)).isZero();
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Waits for {@code type} at the all-events endpoint with data matching {@code data}, and checks
     * its signature (standardwebhooks) and envelope.
     */
    private static Delivery expect(String type, Predicate<JsonNode> data) {
        Delivery delivery = receiver.await(type, d -> d.path().equals("/all") && type.equals(d.type()) && data.test(d.data()), WAIT);
        SignatureVerifier.Verdict verdict = verifier.verify(SignatureVerifier.STANDARD_WEBHOOKS, allSecret, delivery);
        assertThat(verdict.ok()).as("signature of %s: %s", type, verdict.error()).isTrue();
        JsonNode json = delivery.json();
        assertThat(json.path("object").asText()).isEqualTo("event");
        assertThat(json.path("timestamp").asLong()).isBetween(System.currentTimeMillis() - 120_000, System.currentTimeMillis() + 5_000);
        long sent = Long.parseLong(delivery.header("webhook-timestamp"));
        assertThat(sent).isBetween(System.currentTimeMillis() / 1000 - 120, System.currentTimeMillis() / 1000 + 5);
        return delivery;
    }

    private static String payloadOf(String endpointId, JsonNode delivery) {
        return realm.admin().get(webhooks.path("/" + endpointId + "/deliveries/" + delivery.path("id").asText()))
                .expect(200).json().path("payload").asText();
    }

    private static void assertError(Http.Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().path("error").asText()).as(response.toString()).isEqualTo(error);
    }

    private static String token(String user) {
        return realm.tokens().password(realm.name(), CLIENT, user, user).accessToken();
    }

    private static String adminToken(String user) {
        return realm.tokens().password(realm.name(), "admin-cli", user, user).accessToken();
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }
}
