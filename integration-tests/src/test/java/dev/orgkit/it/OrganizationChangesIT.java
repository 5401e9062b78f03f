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
 * What an organization change answers and what its webhooks carry: the organization after the
 * change, the same in both; a body orgkit cannot read is a 400 with the documented error body; an
 * organization's deletion tells apps about every membership it ends.
 */
class OrganizationChangesIT {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static WebhookReceiver receiver;

    @BeforeAll
    static void setUp() {
        receiver = new WebhookReceiver();
        new Webhooks(realm).create(Map.of("url", receiver.url("/changes")));
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void aNewOrganizationAnswersAndAnnouncesTheMetadataItWasCreatedWith() {
        String owner = realm.createUserAndReturnName();
        JsonNode created = realm.admin().post(realm.adminPath("/orgkit/organizations"), Map.of("name", "Meta " + owner,
                "owner", owner, "public_metadata", Map.of("plan", "pro"), "private_metadata", Map.of("crm", "42"))).expect(201).json();

        assertThat(created.path("public_metadata").path("plan").asText()).isEqualTo("pro");
        assertThat(created.path("private_metadata").path("crm").asText()).isEqualTo("42");
        JsonNode announced = event("organization.created", created.path("id").asText()).data();
        assertThat(announced.path("public_metadata").path("plan").asText()).isEqualTo("pro");
    }

    @Test
    void anUpdateAnswersAndAnnouncesTheOrganizationAfterTheChange() {
        String owner = realm.createUserAndReturnName();
        JsonNode org = realm.createOrganization("Before " + owner, null, owner);
        String id = org.path("id").asText();

        JsonNode updated = realm.http().patch(realm.api("/organizations/" + id)).bearer(realm.login(owner).accessToken())
                .json(Map.of("name", "After " + owner, "public_metadata", Map.of("tier", "gold"))).send().expect(200).json();

        assertThat(updated.path("name").asText()).isEqualTo("After " + owner);
        assertThat(updated.path("public_metadata").path("tier").asText()).isEqualTo("gold");
        JsonNode announced = event("organization.updated", id).data();
        assertThat(announced.path("name").asText()).isEqualTo("After " + owner);
        assertThat(announced.path("public_metadata").path("tier").asText()).isEqualTo("gold");
        JsonNode read = realm.http().get(realm.api("/organizations/" + id)).bearer(realm.login(owner).accessToken()).send()
                .expect(200).json();
        assertThat(read.path("public_metadata")).isEqualTo(updated.path("public_metadata"));
    }

    @Test
    void aBodyOrgkitCannotReadIsRefusedWithTheDocumentedErrorBody() {
        String owner = realm.createUserAndReturnName();
        JsonNode org = realm.createOrganization("Body " + owner, null, owner);
        String token = realm.login(owner).accessToken();
        String path = realm.api("/organizations/" + org.path("id").asText());

        Http.Response notAnObject = realm.http().patch(path).bearer(token).json(Map.of("public_metadata", List.of("plan")))
                .send();
        Http.Response unknown = realm.http().patch(path).bearer(token).json(Map.of("colour", "red")).send();
        Http.Response broken = realm.http().patch(path).bearer(token).header("Content-Type", "application/json").json("{\"name\": ")
                .send();

        for (Http.Response response : List.of(notAnObject, unknown, broken)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().path("error").asText()).as(response.toString()).isEqualTo("invalid_request");
            assertThat(response.json().path("error_description").asText()).as(response.toString()).isNotBlank();
        }
        assertThat(unknown.json().path("error_description").asText()).contains("colour");
        assertThat(notAnObject.json().path("error_description").asText()).contains("public_metadata");
    }

    @Test
    void deletingAnOrganizationAnnouncesTheEndOfEveryMembership() {
        String owner = realm.createUserAndReturnName();
        String member = realm.createUserAndReturnName();
        JsonNode org = realm.createOrganization("Gone " + owner, null, owner);
        String id = org.path("id").asText();
        realm.addMember(id, member, "org:member");
        String invitation = realm.http().post(realm.api("/organizations/" + id + "/invitations")).bearer(realm.login(owner).accessToken())
                .json(Map.of("email_address", TestRealm.unique("invitee") + "@example.com", "role", "org:member")).send().expect(201)
                .json().path("id").asText();

        realm.admin().delete(realm.adminPath("/orgkit/organizations/" + id)).expect(204);

        Delivery deleted = event("organization.deleted", id);
        Delivery revoked = receiver.await("the revocation of the pending invitation", d -> "organizationInvitation.revoked".equals(d.type())
                && invitation.equals(d.data().path("id").asText()), WAIT);
        assertThat(revoked.data().path("status").asText()).isEqualTo("revoked");
        assertThat(receiver.deliveries().indexOf(revoked)).as("revoked before the organization is gone")
                .isLessThan(receiver.deliveries().indexOf(deleted));
        for (String user : List.of(owner, member)) {
            String userId = realm.admin().userId(realm.name(), user);
            receiver.await("the end of " + user + "'s membership", d -> "organizationMembership.deleted".equals(d.type())
                    && id.equals(d.data().path("organization_id").asText()) && userId.equals(d.data().path("user_id").asText()), WAIT);
        }
        assertThat(receiver.deliveries(d -> "organizationMembership.deleted".equals(d.type())
                && id.equals(d.data().path("organization_id").asText()))).hasSize(2);
    }

    private static Delivery event(String type, String organizationId) {
        return receiver.await(type + " of " + organizationId, d -> type.equals(d.type())
                && organizationId.equals(d.data().path("id").asText()), WAIT);
    }
}
