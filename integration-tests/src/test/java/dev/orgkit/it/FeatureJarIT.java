package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;
import dev.orgkit.it.support.Webhooks;

/**
 * A feature jar plugs in through orgkit's spi package alone: the test-only jar {@code it-feature-fixture}
 * (installed in this test server, in no other installation) declares a setting, an action with an event
 * type, a system permission, an endpoint and an activation check, and the core serves all of them
 * without knowing the jar.
 */
class FeatureJarIT {

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    @Test
    void theJarsSettingIsListedReadAndValidatedByTheAdminApi() {
        JsonNode declared = realm.admin().get(realm.adminPath("/orgkit/settings")).expect(200).json();
        JsonNode greeting = find(declared, "key", "fixture-greeting");
        assertThat(greeting.path("feature").asText()).isEqualTo("fixture");
        assertThat(greeting.path("attribute").asText()).isEqualTo("orgkit.fixture-greeting");
        assertThat(greeting.path("default").asText()).isEqualTo("hello");
        assertThat(greeting.path("kind").asText()).isEqualTo("text");
        assertThat(find(declared, "key", "creation-enabled").path("feature").asText()).isEqualTo("core");
        assertThat(find(declared, "key", "invitation-expiry-days").path("feature").asText()).isEqualTo("invitations");

        assertThat(realm.admin().get(realm.adminPath("/orgkit/policy")).expect(200).json().path("fixture-greeting").asText())
                .isEqualTo("hello");
        Http.Response empty = realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("fixture-greeting", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("error").asText()).isEqualTo("invalid_setting");
        assertThat(empty.json().path("error_description").asText()).isEqualTo("fixture-greeting must not be empty");
        JsonNode changed = realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("fixture-greeting", "  hi  ")).expect(200).json();
        assertThat(changed.path("fixture-greeting").asText()).isEqualTo("hi");
        assertThat(realm.admin().realm(realm.name()).path("attributes").path("orgkit.fixture-greeting").asText()).isEqualTo("hi");
    }

    @Test
    void theJarsActionIsRecordedAuditedAndDeliveredLikeTheCoresOwn() {
        String owner = realm.createUserAndReturnName();
        String member = realm.createUserAndReturnName();
        JsonNode org = realm.createOrganization("Pings " + owner, null, owner);
        String slug = org.path("slug").asText();
        realm.addMember(slug, member, "org:member");
        Webhooks webhooks = new Webhooks(realm);
        JsonNode endpoint = webhooks.create(Map.of("url", "http://127.0.0.1:9/pings", "event_types", List.of("fixture.pinged")));
        Http.Response unknownType = realm.admin().post(webhooks.path(""), Map.of("url", "http://127.0.0.1:9/x",
                "event_types", List.of("fixture.unknown")));

        Http.Response byMember = ping(member, slug);
        JsonNode ping = ping(owner, slug).expect(201).json();

        // the system permission the jar declared was given to org:admin, not to org:member
        assertThat(byMember.status()).as(byMember.toString()).isEqualTo(403);
        assertThat(ping.path("greeting").asText()).isNotBlank();
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().path("error").asText()).isEqualTo("invalid_event_types");
        JsonNode types = realm.admin().get(webhooks.path("/event-types")).expect(200).json();
        assertThat(TokenClaimsIT.strings(types)).contains("fixture.pinged", "organization.created", "user.created");

        JsonNode audit = realm.http().get(realm.api("/organizations/" + slug + "/audit-log?action=fixture.pinged"))
                .bearer(realm.login(owner).accessToken()).send().expect(200).json();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).path("target").path("id").asText()).isEqualTo(ping.path("id").asText());
        assertThat(audit.get(0).path("target").path("type").asText()).isEqualTo("ping");
        assertThat(webhooks.deliveries(endpoint.path("id").asText(), "")).hasSize(1)
                .allSatisfy(delivery -> assertThat(delivery.path("event_type").asText()).isEqualTo("fixture.pinged"));
        JsonNode catalog = realm.admin().get(realm.adminPath("/orgkit/roles/org:admin")).expect(200).json();
        assertThat(TokenClaimsIT.keys(catalog.path("permissions"))).contains("org:sys_fixture:ping");
    }

    @Test
    void theJarsActivationCheckKeepsAnOrganizationOutOfSwitchesAndTokens() {
        String user = realm.createUserAndReturnName();
        JsonNode open = realm.createOrganization("Open " + user, null, user);
        JsonNode blocked = realm.createOrganization("Blocked " + user, null, user);
        block(blocked.path("slug").asText());
        Tokens.TokenSet tokens = realm.login(user);

        Http.Response refused = switchTo(tokens, blocked.path("slug").asText());
        Http.Response allowed = switchTo(tokens, open.path("slug").asText());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().path("error").asText()).isEqualTo("fixture_blocked");
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
        assertThat(realm.refresh(tokens).access().path("org_slug").asText()).isEqualTo(open.path("slug").asText());

        // a login that asks for the blocked organization through the organization scope does not get it either
        JsonNode chosen = realm.login(user, "openid organization:" + blocked.path("slug").asText()).access();
        assertThat(chosen.path("org_slug").asText()).isNotEqualTo(blocked.path("slug").asText());
    }

    private static Http.Response ping(String username, String slug) {
        return realm.http().post(realm.api("/organizations/" + slug + "/fixture/pings"))
                .bearer(realm.login(username).accessToken()).send();
    }

    private static Http.Response switchTo(Tokens.TokenSet tokens, String slug) {
        return realm.http().put(realm.api("/me/active-organization")).bearer(tokens.accessToken())
                .json(Map.of("organization", slug)).send();
    }

    /** Sets the native organization attribute the fixture's activation check reads, as a realm admin would. */
    private static void block(String slug) {
        ObjectNode org = (ObjectNode) realm.admin().organizationByAlias(realm.name(), slug);
        ObjectNode attributes = org.has("attributes") && org.get("attributes").isObject()
                ? (ObjectNode) org.get("attributes") : org.putObject("attributes");
        attributes.putArray("fixture.blocked").add("true");
        realm.admin().put(realm.adminPath("/organizations/" + org.path("id").asText()), org).expect(204);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " = " + value + " in " + array);
    }
}
