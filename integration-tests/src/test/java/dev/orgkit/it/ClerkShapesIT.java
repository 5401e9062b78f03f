package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.WebhookReceiver;
import dev.orgkit.it.support.WebhookReceiver.Delivery;
import dev.orgkit.it.support.Webhooks;

/**
 * Organizations and memberships in Clerk's shapes, the same in REST answers and webhooks; metadata
 * as JSON objects with Clerk's 8 KB limit, on organizations and memberships.
 */
class ClerkShapesIT {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Map<String, Object> NESTED = Map.of("plan", Map.of("seats", 5, "trial", true),
            "tags", List.of("a", "b"), "ratio", 0.5);

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static WebhookReceiver receiver;

    @BeforeAll
    static void setUp() {
        receiver = new WebhookReceiver();
        new Webhooks(realm).create(Map.of("url", receiver.url("/shapes")));
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void anOrganizationHasClerksFieldsAndItsTimestampsFollowItsChanges() {
        String owner = realm.createUserAndReturnName();
        String ownerId = realm.admin().userId(realm.name(), owner);
        long before = System.currentTimeMillis();
        JsonNode created = realm.createOrganization("Shape " + owner, null, owner);
        String id = created.path("id").asText();

        assertThat(created.path("object").asText()).isEqualTo("organization");
        assertThat(created.path("has_image").isBoolean()).isTrue();
        assertThat(created.path("max_allowed_memberships").isInt()).isTrue();
        assertThat(created.path("admin_delete_enabled").asBoolean()).isTrue();
        assertThat(created.path("members_count").asLong()).isEqualTo(1);
        assertThat(created.path("created_by").asText()).isEqualTo(ownerId);
        assertThat(created.path("created_at").asLong()).isBetween(before - 5_000, System.currentTimeMillis() + 5_000);
        assertThat(created.path("updated_at").asLong()).isEqualTo(created.path("created_at").asLong());
        assertThat(created.path("public_metadata").isObject()).isTrue();

        JsonNode updated = realm.http().patch(realm.api("/organizations/" + id)).bearer(realm.login(owner).accessToken())
                .json(Map.of("name", "Reshaped " + owner)).send().expect(200).json();
        assertThat(updated.path("created_at").asLong()).isEqualTo(created.path("created_at").asLong());
        assertThat(updated.path("updated_at").asLong()).isGreaterThan(created.path("updated_at").asLong());

        JsonNode announced = event("organization.updated", d -> id.equals(d.data().path("id").asText())).data();
        assertThat(announced.path("object").asText()).isEqualTo("organization");
        assertThat(announced.path("updated_at").asLong()).isEqualTo(updated.path("updated_at").asLong());
    }

    @Test
    void nestedMetadataIsKeptAsGivenAndPrivateMetadataOnlyReachesAdminsAndWebhooks() {
        String owner = realm.createUserAndReturnName();
        JsonNode created = realm.admin().post(realm.adminPath("/orgkit/organizations"), Map.of("name", "Nested " + owner,
                "owner", owner, "public_metadata", NESTED, "private_metadata", Map.of("crm", Map.of("id", 42)))).expect(201).json();
        String id = created.path("id").asText();

        assertThat(Http.JSON.convertValue(created.path("public_metadata"), Map.class)).isEqualTo(NESTED);
        JsonNode asOwner = realm.http().get(realm.api("/organizations/" + id)).bearer(realm.login(owner).accessToken()).send()
                .expect(200).json();
        assertThat(Http.JSON.convertValue(asOwner.path("public_metadata"), Map.class)).isEqualTo(NESTED);
        assertThat(asOwner.has("private_metadata")).isFalse();
        JsonNode announced = event("organization.created", d -> id.equals(d.data().path("id").asText())).data();
        assertThat(announced.path("private_metadata").path("crm").path("id").asInt()).isEqualTo(42);
        assertThat(announced.path("public_metadata").path("plan").path("seats").asInt()).isEqualTo(5);
    }

    @Test
    void metadataOverEightKilobytesIsRefusedAndNothingIsChanged() {
        String owner = realm.createUserAndReturnName();
        JsonNode org = realm.createOrganization("Big " + owner, null, owner);
        String path = realm.api("/organizations/" + org.path("id").asText());
        String token = realm.login(owner).accessToken();

        Http.Response tooBig = realm.http().patch(path).bearer(token)
                .json(Map.of("name", "Renamed " + owner, "public_metadata", Map.of("blob", "x".repeat(8 * 1024)))).send();

        assertThat(tooBig.status()).as(tooBig.toString()).isEqualTo(400);
        assertThat(tooBig.json().path("error").asText()).isEqualTo("metadata_too_large");
        assertThat(tooBig.json().path("error_description").asText()).contains("public_metadata");
        JsonNode after = realm.http().get(path).bearer(token).send().expect(200).json();
        assertThat(after.path("name").asText()).isEqualTo("Big " + owner);
    }

    @Test
    void aMembershipHasClerksShapeWithItsOrganizationAndPublicUserData() {
        String owner = realm.createUserAndReturnName();
        String member = realm.createUserAndReturnName();
        String memberId = realm.admin().userId(realm.name(), member);
        JsonNode org = realm.createOrganization("Members " + owner, null, owner);
        String id = org.path("id").asText();
        realm.addMember(id, member, "org:member");

        JsonNode rep = realm.http().get(realm.api("/organizations/" + id + "/members/" + memberId))
                .bearer(realm.login(owner).accessToken()).send().expect(200).json();

        assertThat(rep.path("object").asText()).isEqualTo("organization_membership");
        assertThat(rep.path("id").asText()).isNotBlank().isNotEqualTo(memberId).isNotEqualTo(id);
        assertThat(rep.path("role").asText()).isEqualTo("org:member");
        assertThat(rep.path("permissions").isArray()).isTrue();
        assertThat(rep.path("organization").path("id").asText()).isEqualTo(id);
        assertThat(rep.path("organization").path("object").asText()).isEqualTo("organization");
        assertThat(rep.path("public_user_data").path("user_id").asText()).isEqualTo(memberId);
        assertThat(rep.path("public_user_data").path("identifier").asText()).isNotBlank();
        assertThat(rep.path("public_user_data").path("has_image").isBoolean()).isTrue();
        assertThat(rep.path("created_at").asLong()).isPositive();
        assertThat(rep.path("user_id").asText()).as("orgkit's own field stays").isEqualTo(memberId);

        Delivery created = event("organizationMembership.created", d -> id.equals(d.data().path("organization").path("id").asText())
                && memberId.equals(d.data().path("public_user_data").path("user_id").asText()));
        assertThat(created.data().path("id").asText()).isEqualTo(rep.path("id").asText());
        assertThat(created.data().path("created_at").asLong()).isEqualTo(rep.path("created_at").asLong());
    }

    @Test
    void membershipMetadataIsSetByAdminsAndPrivateMetadataOnlyByRealmAdmins() {
        String owner = realm.createUserAndReturnName();
        String member = realm.createUserAndReturnName();
        String memberId = realm.admin().userId(realm.name(), member);
        JsonNode org = realm.createOrganization("Member meta " + owner, null, owner);
        String id = org.path("id").asText();
        realm.addMember(id, member, "org:member");
        String path = realm.api("/organizations/" + id + "/members/" + memberId);
        String ownerToken = realm.login(owner).accessToken();

        JsonNode changed = realm.http().patch(path).bearer(ownerToken).json(Map.of("public_metadata", NESTED)).send()
                .expect(200).json();
        Http.Response privateByOrgAdmin = realm.http().patch(path).bearer(ownerToken)
                .json(Map.of("private_metadata", Map.of("x", 1))).send();
        JsonNode privateByRealmAdmin = realm.admin().patch(realm.adminPath("/orgkit/organizations/" + id + "/members/" + memberId),
                Map.of("private_metadata", Map.of("x", 1))).expect(200).json();

        assertThat(Http.JSON.convertValue(changed.path("public_metadata"), Map.class)).isEqualTo(NESTED);
        assertThat(changed.path("updated_at").asLong()).isGreaterThanOrEqualTo(changed.path("created_at").asLong());
        assertThat(privateByOrgAdmin.status()).as(privateByOrgAdmin.toString()).isEqualTo(403);
        assertThat(privateByRealmAdmin.path("private_metadata").path("x").asInt()).isEqualTo(1);
        JsonNode asOwner = realm.http().get(path).bearer(ownerToken).send().expect(200).json();
        assertThat(asOwner.has("private_metadata")).isFalse();
        Delivery updated = event("organizationMembership.updated", d -> memberId.equals(d.data().path("public_user_data")
                .path("user_id").asText()) && d.data().path("private_metadata").path("x").asInt() == 1);
        assertThat(updated.data().path("public_metadata").path("plan").path("seats").asInt()).isEqualTo(5);
    }

    @Test
    void membershipsOfTheImportedDemoRealmHaveTheirRecords() {
        String alice = realm.admin().userId(realm.name(), "alice");
        JsonNode acme = realm.admin().organizationByAlias(realm.name(), "acme");

        JsonNode rep = realm.http().get(realm.api("/organizations/" + acme.path("id").asText() + "/members/" + alice))
                .bearer(realm.login("alice").accessToken()).send().expect(200).json();

        assertThat(rep.path("created_at").asLong()).isPositive();
        assertThat(rep.path("organization").path("created_at").asLong()).isPositive();
    }

    @Test
    void deletingAnOrganizationSendsClerksDeletedObject() {
        String owner = realm.createUserAndReturnName();
        JsonNode org = realm.createOrganization("Deleted " + owner, null, owner);
        String id = org.path("id").asText();

        realm.admin().delete(realm.adminPath("/orgkit/organizations/" + id)).expect(204);

        JsonNode deleted = event("organization.deleted", d -> id.equals(d.data().path("id").asText())).data();
        assertThat(Http.JSON.convertValue(deleted, Map.class))
                .isEqualTo(Map.of("object", "organization", "id", id, "slug", org.path("slug").asText(), "deleted", true));
    }

    @Test
    void anEndpointGetsTheEventsOfOneChangeAndOfSuccessiveChangesInTheOrderTheyHappened() {
        String owner = realm.createUserAndReturnName();
        String member = realm.createUserAndReturnName();
        String memberId = realm.admin().userId(realm.name(), member);
        JsonNode org = realm.createOrganization("Ordered " + owner, null, owner);
        String id = org.path("id").asText();
        realm.addMember(id, member, "org:member");
        realm.admin().delete(realm.adminPath("/orgkit/organizations/" + id + "/members/" + memberId)).expect(204);
        realm.admin().delete(realm.adminPath("/orgkit/organizations/" + id)).expect(204);

        event("organization.deleted", d -> id.equals(d.data().path("id").asText()));
        List<String> order = receiver.deliveries().stream()
                .filter(d -> id.equals(d.data().path("id").asText()) || id.equals(d.data().path("organization").path("id").asText()))
                .map(d -> d.type() + (memberId.equals(d.data().path("public_user_data").path("user_id").asText()) ? ":member" : ""))
                .toList();
        assertThat(order).containsExactly("organization.created", "organizationMembership.created",
                "organizationMembership.created:member", "organizationMembership.deleted:member",
                "organizationMembership.deleted", "organization.deleted");
    }

    private static Delivery event(String type, java.util.function.Predicate<Delivery> filter) {
        return receiver.await(type, d -> type.equals(d.type()) && filter.test(d), WAIT);
    }
}
