package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Browser;
import dev.orgkit.it.support.ClerkReceiver;
import dev.orgkit.it.support.ClerkTypes;
import dev.orgkit.it.support.ClerkTypes.Payload;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;
import dev.orgkit.it.support.WebhookReceiver;
import dev.orgkit.it.support.WebhookReceiver.Delivery;
import dev.orgkit.it.support.Webhooks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code user.*} and {@code session.*} webhooks as Clerk's published types and a receiver
 * written from Clerk's docs see them: every body is checked with tsc against {@code WebhookEvent}
 * of {@code @clerk/backend} ({@link ClerkTypes}), and {@code clerk-receiver.mjs} (svix, a switch
 * on {@code evt.type}) gets the same events at an endpoint of its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClerkWebhooksIT {

    private static final String CLIENT = "orgkit-demo-cli";
    private static final String WEB_CLIENT = "orgkit-it-web";
    private static final String WEB_REDIRECT = "http://127.0.0.1:9/callback";
    private static final String USER_AGENT = "orgkit-it/1.0 (ClerkWebhooksIT)";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(ClerkWebhooksIT::allowRegistration);

    private static WebhookReceiver receiver;
    private static ClerkReceiver clerk;
    private static String realmId;
    private static String dave;
    private static String daveName;

    static void allowRegistration(ObjectNode json) {
        json.put("registrationAllowed", true);
        ObjectNode web = ((ArrayNode) json.get("clients")).addObject();
        web.put("clientId", WEB_CLIENT);
        web.put("publicClient", true);
        web.put("standardFlowEnabled", true);
        web.putArray("redirectUris").add(WEB_REDIRECT);
    }

    @BeforeAll
    static void setUp() {
        realmId = realm.admin().realm(realm.name()).path("id").asText();
        // keep attributes the user profile does not declare (the OIDC "picture" one here)
        ObjectNode profile = (ObjectNode) realm.admin().get(realm.adminPath("/users/profile")).expect(200).json();
        profile.put("unmanagedAttributePolicy", "ENABLED");
        realm.admin().put(realm.adminPath("/users/profile"), profile).expect(200);
        receiver = new WebhookReceiver();
        Webhooks webhooks = new Webhooks(realm);
        List<String> userAndSession = List.of("user.created", "user.updated", "user.deleted", "session.created",
                "session.removed", "session.revoked");
        webhooks.create(Map.of("url", receiver.url("/all"), "event_types", userAndSession));
        int port = ClerkReceiver.freePort();
        JsonNode endpoint = webhooks.create(Map.of("url", ClerkReceiver.url(port), "event_types", userAndSession,
                "header_style", "svix", "description", "a receiver written from Clerk's docs"));
        clerk = new ClerkReceiver(port, endpoint.path("secret").asText());
    }

    @AfterAll
    static void tearDown() {
        if (clerk != null) {
            clerk.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    @Order(1)
    void aUserAnAdminCreatesArrivesAsClerksUserObjectInClerksEnvelope() {
        daveName = "dave-" + unique();
        String email = daveName + "@example.com";
        realm.http().post(realm.adminPath("/users")).bearer(realm.admin().token()).header("User-Agent", USER_AGENT)
                .json(Map.of("username", daveName, "enabled", true, "email", email, "emailVerified", true,
                        "firstName", "Dave", "lastName", "Hooks", "attributes", Map.of("picture", List.of("https://example.com/dave.png")),
                        "credentials", List.of(Map.of("type", "password", "value", daveName, "temporary", false))))
                .send().expect(201);
        dave = realm.admin().userId(realm.name(), daveName);

        Delivery delivery = expect("user.created", d -> dave.equals(d.path("id").asText()));
        JsonNode json = delivery.json();
        assertThat(json.path("instance_id").asText()).isEqualTo(realmId);
        assertThat(json.path("event_attributes").path("http_request").path("user_agent").asText()).isEqualTo(USER_AGENT);
        assertThat(json.path("event_attributes").path("http_request").path("client_ip").asText()).isEqualTo("127.0.0.1");

        JsonNode user = delivery.data();
        assertThat(user.path("object").asText()).isEqualTo("user");
        assertThat(user.path("username").asText()).isEqualTo(daveName);
        assertThat(user.path("first_name").asText()).isEqualTo("Dave");
        assertThat(user.path("image_url").asText()).isEqualTo("https://example.com/dave.png");
        assertThat(user.path("has_image").asBoolean()).isTrue();
        assertThat(user.path("password_enabled").asBoolean()).isTrue();
        assertThat(user.path("password_last_updated_at").asLong()).isPositive();
        assertThat(user.path("two_factor_enabled").asBoolean()).isFalse();
        assertThat(user.path("banned").asBoolean()).isFalse();
        assertThat(user.path("locked").asBoolean()).isFalse();
        assertThat(user.path("external_id").isNull()).isTrue();
        assertThat(user.path("organization_memberships").isNull()).isTrue();
        assertThat(user.path("created_at").asLong()).isEqualTo(
                realm.admin().get(realm.adminPath("/users/" + dave)).expect(200).json().path("createdTimestamp").asLong());
        JsonNode address = user.path("email_addresses").path(0);
        assertThat(address.path("email_address").asText()).isEqualTo(email);
        assertThat(address.path("id").asText()).isEqualTo(user.path("primary_email_address_id").asText()).isNotBlank();
        assertThat(address.path("verification").path("status").asText()).isEqualTo("verified");
        assertThat(user.path("email_verified").asBoolean()).isTrue();

        JsonNode read = clerk.await("user.created at the Clerk receiver", line -> "user.created".equals(line.path("type").asText())
                && dave.equals(line.path("id").asText()), WAIT);
        assertThat(read.path("email").asText()).isEqualTo(email);
        assertThat(read.path("primary_email").asText()).isEqualTo(email);
        assertThat(read.path("verified").asBoolean()).isTrue();
        assertThat(read.path("svix_id").asText()).isEqualTo(delivery.header("webhook-id"));
    }

    @Test
    @Order(2)
    void aSelfRegisteredUserArrivesWithAnUnverifiedAddress() throws Exception {
        String username = "erin-" + unique();
        Browser browser = new Browser(realm.env().http().baseUrl());
        Browser.Page page = browser.get(realm.path("/protocol/openid-connect/registrations?client_id=" + WEB_CLIENT
                + "&response_type=code&scope=openid&redirect_uri=" + URLEncoder.encode(WEB_REDIRECT, StandardCharsets.UTF_8)));
        Browser.Form form = page.form("kc-register-form").with("username", username).with("email", username + "@example.com")
                .with("firstName", "Erin").with("lastName", "Self").with("password", "Erin-pass-1").with("password-confirm", "Erin-pass-1");
        assertThat(browser.submit(form).status()).as("registration answers with a redirect to the app").isEqualTo(302);
        String erin = realm.admin().userId(realm.name(), username);

        JsonNode user = expect("user.created", d -> erin.equals(d.path("id").asText())).data();
        assertThat(user.path("email_addresses").path(0).path("verification").path("status").asText()).isEqualTo("unverified");
        assertThat(user.path("email_verified").asBoolean()).isFalse();
        assertThat(user.path("password_enabled").asBoolean()).isTrue();
        assertThat(user.path("image_url").asText()).isEmpty();
        assertThat(user.path("has_image").asBoolean()).isFalse();
        JsonNode read = clerk.await("the registration at the Clerk receiver", line -> "user.created".equals(line.path("type").asText())
                && erin.equals(line.path("id").asText()), WAIT);
        assertThat(read.path("email").asText()).isEqualTo(username + "@example.com");
        assertThat(read.path("verified").asBoolean()).isFalse();
    }

    @Test
    @Order(3)
    void aDisabledUserIsBannedAndKeepsTheIdOfTheirAddress() {
        String addressId = expect("user.created", d -> dave.equals(d.path("id").asText())).data().path("primary_email_address_id").asText();
        ObjectNode user = (ObjectNode) realm.admin().get(realm.adminPath("/users/" + dave)).expect(200).json();
        user.put("firstName", "David").put("enabled", false);
        realm.admin().put(realm.adminPath("/users/" + dave), user).expect(204);

        JsonNode banned = expect("user.updated", d -> dave.equals(d.path("id").asText()) && "David".equals(d.path("first_name").asText())).data();
        user.put("enabled", true);
        realm.admin().put(realm.adminPath("/users/" + dave), user).expect(204);

        assertThat(banned.path("banned").asBoolean()).isTrue();
        assertThat(banned.path("enabled").asBoolean()).isFalse();
        assertThat(banned.path("primary_email_address_id").asText()).isEqualTo(addressId);
        assertThat(banned.path("updated_at").asLong()).isGreaterThanOrEqualTo(banned.path("created_at").asLong());
        expect("user.updated", d -> dave.equals(d.path("id").asText()) && !d.path("banned").asBoolean());
        clerk.await("user.updated at the Clerk receiver", line -> "user.updated".equals(line.path("type").asText())
                && "David".equals(line.path("first_name").asText()), WAIT);
    }

    @Test
    @Order(4)
    void aSignInIsASessionCreatedAndASignOutASessionRemoved() {
        Tokens.TokenSet tokens = realm.tokens().password(realm.name(), CLIENT, daveName, daveName);
        String sid = tokens.access().path("sid").asText();

        JsonNode created = expect("session.created", d -> sid.equals(d.path("id").asText())).data();
        assertThat(created.path("object").asText()).isEqualTo("session");
        assertThat(created.path("status").asText()).isEqualTo("active");
        assertThat(created.path("user_id").asText()).isEqualTo(dave);
        assertThat(created.path("client_id").asText()).isEqualTo(CLIENT);
        assertThat(created.path("user").path("id").asText()).isEqualTo(dave);
        assertThat(created.path("user").path("object").asText()).isEqualTo("user");
        long createdAt = created.path("created_at").asLong();
        long issuedAt = tokens.access().path("iat").asLong() * 1000;
        assertThat(createdAt).as("the session starts at the sign-in").isBetween(issuedAt - 5000, issuedAt);
        assertThat(created.path("last_active_at").asLong()).isGreaterThanOrEqualTo(createdAt);
        assertThat(created.path("expire_at").asLong()).isGreaterThan(createdAt).isLessThanOrEqualTo(created.path("abandon_at").asLong());

        realm.http().post(realm.path("/protocol/openid-connect/logout"))
                .form(Map.of("client_id", CLIENT, "refresh_token", tokens.refreshToken())).send().expect(204);
        JsonNode removed = expect("session.removed", d -> sid.equals(d.path("id").asText())).data();
        assertThat(removed.path("status").asText()).isEqualTo("removed");
        assertThat(removed.path("user_id").asText()).isEqualTo(dave);
        assertThat(removed.path("client_id").asText()).isEqualTo(CLIENT);
        assertThat(removed.path("created_at").asLong()).as("the session as it was").isEqualTo(createdAt);
        assertThat(removed.path("updated_at").asLong()).isGreaterThanOrEqualTo(createdAt);
        assertThat(removed.path("user").path("id").asText()).isEqualTo(dave);
        assertThat(clerk.await("session.removed at the Clerk receiver", line -> sid.equals(line.path("id").asText())
                && "session.removed".equals(line.path("type").asText()), WAIT).path("status").asText()).isEqualTo("removed");
    }

    @Test
    @Order(5)
    void anAdminEndingASessionOrEverySessionOfAUserIsASessionRevoked() {
        String sid = realm.tokens().password(realm.name(), CLIENT, daveName, daveName).access().path("sid").asText();
        long createdAt = expect("session.created", d -> sid.equals(d.path("id").asText())).data().path("created_at").asLong();
        realm.admin().delete(realm.adminPath("/sessions/" + sid)).expect(204);
        JsonNode revoked = expect("session.revoked", d -> sid.equals(d.path("id").asText())).data();
        assertThat(revoked.path("status").asText()).isEqualTo("revoked");
        assertThat(revoked.path("user_id").asText()).isEqualTo(dave);
        assertThat(revoked.path("client_id").asText()).isEqualTo(CLIENT);
        assertThat(revoked.path("created_at").asLong()).isEqualTo(createdAt);
        assertThat(revoked.path("user").path("id").asText()).isEqualTo(dave);

        List<String> sids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String another = realm.tokens().password(realm.name(), CLIENT, daveName, daveName).access().path("sid").asText();
            expect("session.created", d -> another.equals(d.path("id").asText()));
            sids.add(another);
        }
        realm.admin().post(realm.adminPath("/users/" + dave + "/logout"), null).expect(204);
        for (String each : sids) {
            JsonNode all = expect("session.revoked", d -> each.equals(d.path("id").asText())).data();
            assertThat(all.path("user_id").asText()).isEqualTo(dave);
            assertThat(all.path("client_id").asText()).isEqualTo(CLIENT);
            assertThat(all.path("status").asText()).isEqualTo("revoked");
        }
    }

    @Test
    @Order(6)
    void aDeletedUserIsClerksDeletedObject() {
        realm.admin().delete(realm.adminPath("/users/" + dave)).expect(204);
        JsonNode deleted = expect("user.deleted", d -> dave.equals(d.path("id").asText())).data();
        assertThat(deleted.path("object").asText()).isEqualTo("user");
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(clerk.await("user.deleted at the Clerk receiver", line -> "user.deleted".equals(line.path("type").asText())
                && dave.equals(line.path("id").asText()), WAIT).path("deleted").asBoolean()).isTrue();
    }

    @Test
    @Order(7)
    void clerksTypesAcceptEveryBodyOfThisClass() {
        List<Delivery> all = receiver.deliveries(d -> d.path().equals("/all"));
        assertThat(all).extracting(Delivery::type).contains("user.created", "user.updated", "user.deleted", "session.created",
                "session.removed", "session.revoked");
        ClerkTypes.assertAccepted("ClerkWebhooksIT-deliveries", all.stream().map(Payload::of).toList());
    }

    @Test
    @Order(8)
    void clerksTypesRefuseABodyWithARequiredFieldMissingOrOfTheWrongType() {
        Delivery user = receiver.deliveries(d -> d.path().equals("/all") && "user.created".equals(d.type())).get(0);
        Delivery session = receiver.deliveries(d -> d.path().equals("/all") && "session.created".equals(d.type())).get(0);
        List<Payload> payloads = List.of(
                new Payload("user as sent", "user.created", user.body()),
                new Payload("session as sent", "session.created", session.body()),
                mutated("without password_enabled", user, json -> data(json).remove("password_enabled")),
                mutated("without the address's verification status", user, json ->
                        ((ObjectNode) data(json).path("email_addresses").path(0).path("verification")).remove("status")),
                mutated("with banned as a string", user, json -> data(json).put("banned", "no")),
                mutated("with a verification status Clerk does not have", user, json ->
                        ((ObjectNode) data(json).path("email_addresses").path(0).path("verification")).put("status", "maybe")),
                mutated("without instance_id", user, json -> json.remove("instance_id")),
                mutated("without the user agent", user, json -> ((ObjectNode) json.path("event_attributes").path("http_request")).remove("user_agent")),
                mutated("with another object", session, json -> data(json).put("object", "sesion")),
                mutated("without expire_at", session, json -> data(json).remove("expire_at")),
                mutated("with a user without email_addresses", session, json -> ((ObjectNode) data(json).path("user")).remove("email_addresses")),
                new Payload("a type Clerk does not have", "session.paused", session.body().replace("\"session.created\"", "\"session.paused\"")));

        ClerkTypes.Result result = ClerkTypes.check("ClerkWebhooksIT-mutations", payloads);

        assertThat(result.accepted("user as sent")).as(result.output()).isTrue();
        assertThat(result.accepted("session as sent")).as(result.output()).isTrue();
        for (Payload payload : payloads.subList(2, payloads.size())) {
            assertThat(result.errors().get(payload.name())).as("tsc's errors for the body %s:\n%s", payload.name(), result.output()).isNotEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static Delivery expect(String type, Predicate<JsonNode> data) {
        return receiver.await(type, d -> d.path().equals("/all") && type.equals(d.type()) && data.test(d.data()), WAIT);
    }

    private static Payload mutated(String name, Delivery delivery, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode json = (ObjectNode) delivery.json().deepCopy();
        change.accept(json);
        return new Payload(name, delivery.type(), json.toString());
    }

    private static ObjectNode data(ObjectNode json) {
        return (ObjectNode) json.path("data");
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }
}
