package dev.orgkit.it.invitations;

import static dev.orgkit.it.invitations.InvitationFixtures.createUser;
import static dev.orgkit.it.invitations.InvitationFixtures.invitations;
import static dev.orgkit.it.invitations.InvitationFixtures.token;
import static dev.orgkit.it.invitations.InvitationFixtures.tokenOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.WebhookReceiver;
import dev.orgkit.it.support.WebhookReceiver.Delivery;
import dev.orgkit.it.support.Webhooks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An invitation in Clerk's shape ({@code organization_invitation}) in its REST answers, its webhooks
 * and its audit trail alike; its nested JSON metadata (8 KB at most) becoming the membership's on
 * accept; and its token never leaving the answer to the inviter.
 */
class InvitationShapesIT {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestRealm realm = InvitationFixtures.realm(null, InvitationFixtures.UNLIMITED);

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
    void anInvitationWithNestedMetadataIsClerksShapeEverywhereAndItsMetadataBecomesTheMembershipsOnAccept() {
        Map<String, Object> publicMetadata = Map.of("plan", Map.of("tier", "gold", "seats", 5), "tags", List.of("a", "b"),
                "beta", true);
        Map<String, Object> privateMetadata = Map.of("crm", Map.of("account", "ACC-42", "owners", List.of(Map.of("id", 7))));
        String userId = createUser(realm, "meta", true);
        JsonNode orgJson = realm.admin().organizationByAlias(realm.name(), "acme");
        String orgId = orgJson.path("id").asText();

        JsonNode created = realm.http().post(invitations(realm, "acme")).bearer(token(realm, "sam"))
                .json(Map.of("email_address", "Meta@Example.com", "role", "org:admin",
                        "public_metadata", publicMetadata, "private_metadata", privateMetadata))
                .send().expect(201).json();
        String id = created.path("id").asText();
        String clear = tokenOf(created.path("url").asText());

        assertThat(created.path("object").asText()).isEqualTo("organization_invitation");
        assertThat(created.path("email_address").asText()).isEqualTo("meta@example.com");
        assertThat(created.path("email").asText()).isEqualTo("meta@example.com");
        assertThat(created.path("role").asText()).isEqualTo("org:admin");
        assertThat(created.path("role_name").asText()).isNotBlank();
        assertThat(created.path("organization_id").asText()).isEqualTo(orgId);
        JsonNode publicOrg = created.path("public_organization_data");
        assertThat(publicOrg.path("object").asText()).isEqualTo("organization");
        assertThat(publicOrg.path("id").asText()).isEqualTo(orgId);
        assertThat(publicOrg.path("slug").asText()).isEqualTo("acme");
        assertThat(publicOrg.path("name").asText()).isEqualTo(orgJson.path("name").asText());
        assertThat(publicOrg.path("has_image").isBoolean()).isTrue();
        assertThat(created.path("status").asText()).isEqualTo("pending");
        assertThat(created.path("public_metadata")).isEqualTo(JSON.valueToTree(publicMetadata));
        assertThat(created.path("private_metadata")).isEqualTo(JSON.valueToTree(privateMetadata));
        assertThat(created.path("created_at").asLong()).isPositive();
        assertThat(created.path("updated_at").asLong()).isEqualTo(created.path("created_at").asLong());
        assertThat(created.path("expires_at").asLong()).isGreaterThan(created.path("created_at").asLong());
        assertThat(created.has("user_id")).isFalse();

        // an org admin sees the public metadata only, and no link
        JsonNode listed = realm.http().get(invitations(realm, "acme") + "/" + id).bearer(token(realm, "alice"))
                .send().expect(200).json();
        assertThat(listed.path("public_metadata")).isEqualTo(JSON.valueToTree(publicMetadata));
        assertThat(listed.has("private_metadata")).isFalse();
        assertThat(listed.has("url")).isTrue();
        assertThat(listed.path("url").isNull()).isTrue();

        // the invitee: no private metadata either; accepting answers the accepted invitation
        String meta = token(realm, "meta");
        JsonNode mine = realm.http().get(realm.path("/orgkit/me/invitations")).bearer(meta).send().expect(200).json();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).has("private_metadata")).isFalse();
        JsonNode accepted = realm.http().post(realm.path("/orgkit/me/invitations/" + id + "/accept")).bearer(meta)
                .send().expect(200).json();
        assertThat(accepted.path("status").asText()).isEqualTo("accepted");
        assertThat(accepted.path("user_id").asText()).isEqualTo(userId);
        assertThat(accepted.has("private_metadata")).isFalse();

        JsonNode member = realm.admin().get(realm.adminPath("/orgkit/organizations/acme/members/" + userId)).expect(200).json();
        assertThat(member.path("role").asText()).isEqualTo("org:admin");
        assertThat(member.path("public_metadata")).isEqualTo(JSON.valueToTree(publicMetadata));
        assertThat(member.path("private_metadata")).isEqualTo(JSON.valueToTree(privateMetadata));

        JsonNode createdEvent = awaitData("organizationInvitation.created", id);
        assertThat(createdEvent.path("object").asText()).isEqualTo("organization_invitation");
        assertThat(createdEvent.path("status").asText()).isEqualTo("pending");
        assertThat(createdEvent.path("email_address").asText()).isEqualTo("meta@example.com");
        assertThat(createdEvent.path("public_organization_data").path("slug").asText()).isEqualTo("acme");
        assertThat(createdEvent.path("public_metadata")).isEqualTo(JSON.valueToTree(publicMetadata));
        assertThat(createdEvent.path("private_metadata")).as("webhooks are backend: they carry private metadata")
                .isEqualTo(JSON.valueToTree(privateMetadata));
        assertThat(createdEvent.has("url")).isTrue();
        assertThat(createdEvent.path("url").isNull()).isTrue();
        JsonNode acceptedEvent = awaitData("organizationInvitation.accepted", id);
        assertThat(acceptedEvent.path("status").asText()).isEqualTo("accepted");
        assertThat(acceptedEvent.path("user_id").asText()).isEqualTo(userId);
        assertThat(acceptedEvent.path("url").isNull()).isTrue();
        Delivery joined = receiver.await("organizationMembership.created",
                d -> "organizationMembership.created".equals(d.type()) && userId.equals(d.data().path("user_id").asText()), WAIT);
        assertThat(joined.data().path("public_metadata")).isEqualTo(JSON.valueToTree(publicMetadata));
        assertThat(joined.data().path("private_metadata")).isEqualTo(JSON.valueToTree(privateMetadata));

        assertThat(receiver.deliveries(d -> d.body().contains(id)))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.body()).doesNotContain(clear).doesNotContain("token="));
        String auditLog = realm.http().get(realm.path("/orgkit/organizations/acme/audit-log?max=100")).bearer(token(realm, "alice"))
                .send().expect(200).json().toString();
        assertThat(auditLog).contains(id).doesNotContain(clear);
        JsonNode events = realm.admin().get(realm.adminPath("/admin-events?max=500")).expect(200).json();
        List<JsonNode> ofInvitation = new java.util.ArrayList<>();
        events.forEach(e -> {
            if (e.path("resourcePath").asText().endsWith("/invitations/" + id)) {
                ofInvitation.add(e);
            }
        });
        assertThat(ofInvitation).isNotEmpty().allSatisfy(e -> assertThat(e.path("representation").asText())
                .contains("organization_invitation").doesNotContain(clear).doesNotContain("token="));
    }

    @Test
    void metadataOverEightKilobytesIsRefusedAndABulkRequestWithSuchMetadataCreatesNothing() {
        String big = "x".repeat(8 * 1024);
        Http.Response single = realm.http().post(invitations(realm, "acme")).bearer(token(realm, "alice"))
                .json(Map.of("email", "big@example.com", "role", "org:member", "public_metadata", Map.of("blob", big)))
                .send();
        assertThat(single.status()).as(single.toString()).isEqualTo(400);
        assertThat(single.json().path("error").asText()).isEqualTo("metadata_too_large");

        Http.Response bulk = realm.http().post(invitations(realm, "acme")).bearer(token(realm, "sam"))
                .json(List.of(Map.of("email", "bulk1@example.com", "role", "org:member", "public_metadata", Map.of("ok", 1)),
                        Map.of("email", "bulk2@example.com", "role", "org:member", "private_metadata", Map.of("blob", big))))
                .send();
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(400);
        assertThat(bulk.json().path("error").asText()).isEqualTo("metadata_too_large");
        assertThat(realm.http().get(invitations(realm, "acme") + "?max=100").bearer(token(realm, "alice")).send().expect(200)
                .json().toString()).doesNotContain("bulk1@example.com");

        JsonNode both = realm.http().post(invitations(realm, "acme")).bearer(token(realm, "sam"))
                .json(List.of(Map.of("email", "bulk3@example.com", "role", "org:member", "public_metadata", Map.of("n", 3)),
                        Map.of("email", "bulk4@example.com", "role", "org:member", "public_metadata", Map.of("n", 4))))
                .send().expect(201).json();
        assertThat(both).hasSize(2);
        assertThat(both.get(1).path("public_metadata").path("n").asInt()).isEqualTo(4);
    }

    @Test
    void onlyRealmAdminsAndSuperadminsMaySetPrivateMetadata() {
        Http.Response byOrgAdmin = realm.http().post(invitations(realm, "acme")).bearer(token(realm, "alice"))
                .json(Map.of("email", "secret@example.com", "role", "org:member", "private_metadata", Map.of("k", "v")))
                .send();
        assertThat(byOrgAdmin.status()).as(byOrgAdmin.toString()).isEqualTo(403);

        JsonNode byRealmAdmin = realm.admin().post(realm.adminPath("/orgkit/organizations/acme/invitations"),
                Map.of("email", "secret@example.com", "role", "org:member", "private_metadata", Map.of("k", "v"))).expect(201).json();
        assertThat(byRealmAdmin.path("private_metadata").path("k").asText()).isEqualTo("v");
        assertThat(byRealmAdmin.path("public_metadata").isObject()).isTrue();
        assertThat(byRealmAdmin.path("public_metadata")).isEmpty();
    }

    @Test
    void aDeclinedInvitationIsRevokedInClerksTermsAndMarkedDeclined() {
        createUser(realm, "nay", true);
        String id = realm.http().post(invitations(realm, "acme")).bearer(token(realm, "alice"))
                .json(Map.of("email", "nay@example.com", "role", "org:member")).send().expect(201).json().path("id").asText();

        JsonNode declined = realm.http().post(realm.path("/orgkit/me/invitations/" + id + "/decline")).bearer(token(realm, "nay"))
                .send().expect(200).json();

        assertThat(declined.path("status").asText()).isEqualTo("revoked");
        assertThat(declined.path("declined").asBoolean()).isTrue();
        JsonNode filtered = realm.http().get(invitations(realm, "acme") + "?status=declined").bearer(token(realm, "alice"))
                .send().expect(200).json();
        assertThat(filtered.toString()).contains(id);
    }

    private static JsonNode awaitData(String type, String id) {
        return receiver.await(type, d -> type.equals(d.type()) && id.equals(d.data().path("id").asText()), WAIT).data();
    }
}
