package dev.orgkit.it.invitations;

import static dev.orgkit.it.invitations.InvitationFixtures.invitations;
import static dev.orgkit.it.invitations.InvitationFixtures.invite;
import static dev.orgkit.it.invitations.InvitationFixtures.invited;
import static dev.orgkit.it.invitations.InvitationFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The invitation API of an organization and of the invitee, against a realm without SMTP. */
class InvitationsIT {

    @RegisterExtension
    static final TestRealm realm = InvitationFixtures.realm(null, InvitationFixtures.UNLIMITED);

    @Test
    void aliceInvitesANewAddressAndGetsTheLinkAndAClearErrorWhenTheRealmHasNoSmtp() {
        JsonNode rep = invited(realm, token(realm, "alice"), "acme", "Dave@Example.com", "org:member");

        assertThat(rep.path("email").asText()).isEqualTo("dave@example.com");
        assertThat(rep.path("role").asText()).isEqualTo("org:member");
        assertThat(rep.path("status").asText()).isEqualTo("pending");
        assertThat(rep.path("organization_slug").asText()).isEqualTo("acme");
        assertThat(rep.path("inviter_username").asText()).isEqualTo("alice");
        assertThat(rep.path("expires_at").asLong() - rep.path("created_at").asLong()).isEqualTo(7L * 24 * 3600 * 1000);
        assertThat(rep.path("url").asText()).matches("http://.*/realms/" + realm.name()
                + "/orgkit/invitations/accept\\?token=[A-Za-z0-9_-]{43}");
        assertThat(rep.path("email_sent").asBoolean()).isFalse();
        assertThat(rep.path("email_error").asText()).startsWith("smtp_not_configured");
    }

    @Test
    void invalidRequestsAreAnswered400WithAJsonError() {
        String alice = token(realm, "alice");
        List<Object> bodies = List.of(
                Map.of("email", "not-an-email", "role", "org:member"),
                Map.of("email", "x1@example.com", "role", "org:nonexistent"),
                Map.of("email", "x2@example.com"),
                Map.of("email", "x3@example.com", "role", "org:member", "expires_in_days", 31),
                Map.of("email", "x4@example.com", "role", "org:member", "expires_in_days", 0),
                Map.of("email", "x5@example.com", "role", "org:member", "redirect_uri", "https://evil.example.net/x"),
                Map.of("email", "x6@example.com", "role", "org:member", "surprise", true),
                "\"just a string\"");
        for (Object body : bodies) {
            Http.Response response = realm.http().post(invitations(realm, "acme")).bearer(alice).json(body).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().path("error").asText()).as(response.toString()).isNotEmpty();
        }
    }

    @Test
    void theExpiryCanBeAskedAndTheRedirectUriMustBelongToAClient() {
        JsonNode rep = realm.http().post(invitations(realm, "acme")).bearer(token(realm, "alice"))
                .json(Map.of("email", "eve@example.com", "role", "org:member", "expires_in_days", 30,
                        "redirect_uri", InvitationFixtures.APP_REDIRECT))
                .send().expect(201).json();

        assertThat(rep.path("expires_at").asLong() - rep.path("created_at").asLong()).isEqualTo(30L * 24 * 3600 * 1000);
        assertThat(rep.path("redirect_uri").asText()).isEqualTo(InvitationFixtures.APP_REDIRECT);
    }

    @Test
    void nobodyInvitesWithARoleWhosePermissionsTheyDoNotHold() {
        Http.Response byAlice = invite(realm, token(realm, "alice"), "acme", "keeper@example.com", "org:vault_keeper");
        assertThat(byAlice.status()).as(byAlice.toString()).isEqualTo(403);

        invite(realm, token(realm, "sam"), "acme", "keeper@example.com", "org:vault_keeper").expect(201);
    }

    @Test
    void aBulkRequestCreatesAllOrNothing() {
        String alice = token(realm, "alice");
        List<Map<String, Object>> broken = List.of(
                Map.of("email", "bulk1@example.com", "role", "org:member"),
                Map.of("email", "bulk2@example.com", "role", "org:member"),
                Map.of("email", "bulk3@example.com", "role", "org:nope"));
        Http.Response refused = realm.http().post(invitations(realm, "acme")).bearer(alice).json(broken).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error_description").asText()).contains("there is no role");
        assertThat(emailsOf(list(alice, "pending"))).doesNotContain("bulk1@example.com", "bulk2@example.com");

        List<Map<String, Object>> fine = List.of(
                Map.of("email", "bulk1@example.com", "role", "org:member"),
                Map.of("email", "bulk2@example.com", "role", "org:billing"),
                Map.of("email", "bulk3@example.com", "role", "org:admin"));
        JsonNode created = realm.http().post(invitations(realm, "acme")).bearer(alice).json(fine).send().expect(201).json();
        assertThat(created).hasSize(3);
        assertThat(emailsOf(list(alice, "pending"))).contains("bulk1@example.com", "bulk2@example.com", "bulk3@example.com");
    }

    @Test
    void aBulkRequestTakesAtMostFiftyAndNoDuplicates() {
        String alice = token(realm, "alice");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(Map.of("email", "many" + i + "@example.com", "role", "org:member"));
        }
        realm.http().post(invitations(realm, "acme")).bearer(alice).json(many).send().expect(400);
        List<Map<String, Object>> twice = List.of(Map.of("email", "twice@example.com", "role", "org:member"),
                Map.of("email", "TWICE@example.com", "role", "org:member"));
        assertThat(realm.http().post(invitations(realm, "acme")).bearer(alice).json(twice).send().expect(400).json()
                .path("error").asText()).isEqualTo("duplicate_email");
    }

    @Test
    void oneEmailHasAtMostOnePendingInvitationUnlessReplaced() {
        String alice = token(realm, "alice");
        JsonNode first = invited(realm, alice, "acme", "frank@example.com", "org:member");

        Http.Response again = invite(realm, alice, "acme", "FRANK@example.com", "org:billing");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("error").asText()).isEqualTo("invitation_pending");

        JsonNode replaced = realm.http().post(invitations(realm, "acme")).bearer(alice)
                .json(Map.of("email", "frank@example.com", "role", "org:billing", "replace", true)).send().expect(201).json();
        assertThat(replaced.path("role").asText()).isEqualTo("org:billing");
        assertThat(get(alice, first.path("id").asText()).path("status").asText()).isEqualTo("revoked");
    }

    @Test
    void membersCannotBeInvitedAgain() {
        Http.Response response = invite(realm, token(realm, "alice"), "acme", "bob@example.com", "org:member");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("error").asText()).isEqualTo("already_member");
    }

    @Test
    void revokingEndsAPendingInvitationOnce() {
        String alice = token(realm, "alice");
        String id = invited(realm, alice, "acme", "gina@example.com", "org:member").path("id").asText();

        JsonNode revoked = realm.http().delete(invitations(realm, "acme") + "/" + id).bearer(alice).send().expect(200).json();
        assertThat(revoked.path("status").asText()).isEqualTo("revoked");
        assertThat(realm.http().delete(invitations(realm, "acme") + "/" + id).bearer(alice).send().expect(409).json()
                .path("error").asText()).isEqualTo("invitation_not_pending");
        assertThat(emailsOf(list(alice, "revoked"))).contains("gina@example.com");
        assertThat(emailsOf(list(alice, "pending"))).doesNotContain("gina@example.com");
    }

    @Test
    void resendingIssuesANewLink() {
        String alice = token(realm, "alice");
        JsonNode created = invited(realm, alice, "acme", "hank@example.com", "org:member");

        JsonNode resent = realm.http().post(invitations(realm, "acme") + "/" + created.path("id").asText() + "/resend")
                .bearer(alice).send().expect(200).json();

        assertThat(resent.path("id").asText()).isEqualTo(created.path("id").asText());
        assertThat(resent.path("url").asText()).startsWith("http").isNotEqualTo(created.path("url").asText());
        assertThat(resent.path("status").asText()).isEqualTo("pending");
    }

    @Test
    void theListFiltersByStatusAndPages() {
        String alice = token(realm, "alice");
        for (int i = 0; i < 3; i++) {
            invited(realm, alice, "acme", "page" + i + "@example.com", "org:member");
        }
        JsonNode firstTwo = realm.http().get(invitations(realm, "acme") + "?status=pending&first=0&max=2").bearer(alice)
                .send().expect(200).json();
        JsonNode next = realm.http().get(invitations(realm, "acme") + "?status=pending&first=2&max=2").bearer(alice)
                .send().expect(200).json();
        assertThat(firstTwo).hasSize(2);
        assertThat(next).isNotEmpty();
        assertThat(firstTwo.get(0).path("id").asText()).isNotEqualTo(next.get(0).path("id").asText());
        for (JsonNode rep : firstTwo) {
            assertThat(rep.path("status").asText()).isEqualTo("pending");
            assertThat(rep.path("url").isNull()).as("a list never carries the link (it holds the token)").isTrue();
        }
        realm.http().get(invitations(realm, "acme") + "?status=sleeping").bearer(alice).send().expect(400);
        realm.http().get(invitations(realm, "acme") + "?max=abc").bearer(alice).send().expect(400);
    }

    @Test
    void realmAdminsManageInvitationsThroughTheAdminApi() {
        String path = realm.adminPath("/orgkit/organizations/acme/invitations");
        JsonNode rep = realm.admin().post(path, Map.of("email", "ivy@example.com", "role", "org:admin")).expect(201).json();

        assertThat(rep.path("status").asText()).isEqualTo("pending");
        assertThat(realm.admin().get(path + "?status=pending").expect(200).json().toString()).contains("ivy@example.com");
    }

    private JsonNode list(String bearer, String status) {
        return realm.http().get(invitations(realm, "acme") + "?status=" + status + "&max=100").bearer(bearer).send().expect(200).json();
    }

    private JsonNode get(String bearer, String id) {
        return realm.http().get(invitations(realm, "acme") + "/" + id).bearer(bearer).send().expect(200).json();
    }

    private static List<String> emailsOf(JsonNode list) {
        List<String> emails = new ArrayList<>();
        list.forEach(rep -> emails.add(rep.path("email").asText()));
        return emails;
    }
}
