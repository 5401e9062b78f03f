package dev.orgkit.it.invitations;

import static dev.orgkit.it.invitations.InvitationFixtures.count;
import static dev.orgkit.it.invitations.InvitationFixtures.createUser;
import static dev.orgkit.it.invitations.InvitationFixtures.invited;
import static dev.orgkit.it.invitations.InvitationFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgkit.it.support.TestRealm;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Removing an organization, a user or a realm leaves no invitation rows pointing at it. */
class InvitationCleanupIT {

    @RegisterExtension
    static final TestRealm realm = InvitationFixtures.realm(null, Map.of());

    @Test
    void deletingAnOrganizationRemovesItsInvitationsAndCountedSends() throws Exception {
        String alice = token(realm, "alice");
        String orgId = realm.http().post(realm.path("/orgkit/organizations")).bearer(alice)
                .json(Map.of("name", "Short Lived", "slug", "short-lived")).send().expect(201).json().path("id").asText();
        invited(realm, alice, orgId, "temp@example.com", "org:member");
        assertThat(count(realm, "SELECT COUNT(*) FROM ORGKIT_INVITATION WHERE ORGANIZATION_ID = ?", orgId)).isEqualTo(1);
        assertThat(count(realm, "SELECT COUNT(*) FROM ORGKIT_INVITATION_SEND WHERE ORGANIZATION_ID = ?", orgId)).isEqualTo(1);

        realm.http().delete(realm.path("/orgkit/organizations/" + orgId)).bearer(alice).send().expect(204);

        assertThat(count(realm, "SELECT COUNT(*) FROM ORGKIT_INVITATION WHERE ORGANIZATION_ID = ?", orgId)).isZero();
        assertThat(count(realm, "SELECT COUNT(*) FROM ORGKIT_INVITATION_SEND WHERE ORGANIZATION_ID = ?", orgId)).isZero();
    }

    @Test
    void deletingAUserLeavesTheirInvitationsPointingAtNobody() throws Exception {
        String inviterId = createUser(realm, "ivan", true);
        String inviteeId = createUser(realm, "ines", true);
        String ivan = token(realm, "ivan");
        String orgId = realm.http().post(realm.path("/orgkit/organizations")).bearer(ivan)
                .json(Map.of("name", "Ivan Inc", "slug", "ivan-inc")).send().expect(201).json().path("id").asText();
        String pending = invited(realm, ivan, orgId, "someone@example.com", "org:member").path("id").asText();
        String accepted = invited(realm, ivan, orgId, "ines@example.com", "org:admin").path("id").asText();
        realm.http().post(realm.path("/orgkit/me/invitations/" + accepted + "/accept")).bearer(token(realm, "ines")).send().expect(200);
        assertThat(count(realm, "SELECT COUNT(*) FROM ORGKIT_INVITATION WHERE INVITER_ID = ?", inviterId)).isEqualTo(2);

        realm.admin().delete(realm.adminPath("/users/" + inviterId)).expect(204);
        realm.admin().delete(realm.adminPath("/users/" + inviteeId)).expect(204);

        assertThat(count(realm, "SELECT COUNT(*) FROM ORGKIT_INVITATION WHERE INVITER_ID = ? OR USER_ID = ?", inviterId, inviteeId))
                .isZero();
        assertThat(count(realm, "SELECT COUNT(*) FROM ORGKIT_INVITATION WHERE ID = ? OR ID = ?", pending, accepted)).isEqualTo(2);
    }

    @Test
    void deletingTheRealmRemovesEveryInvitationRowOfIt() throws Exception {
        TestRealm other = realm;
        String realmId = InvitationFixtures.realmId(other);
        invited(other, token(other, "alice"), "acme", "bye@example.com", "org:member");
        invited(other, token(other, "bob"), "globex", "bye@example.com", "org:member");
        assertThat(count(other, "SELECT COUNT(*) FROM ORGKIT_INVITATION WHERE REALM_ID = ?", realmId)).isPositive();

        other.admin().deleteRealm(other.name());

        assertThat(count(other, "SELECT COUNT(*) FROM ORGKIT_INVITATION WHERE REALM_ID = ?", realmId)).isZero();
        assertThat(count(other, "SELECT COUNT(*) FROM ORGKIT_INVITATION_SEND WHERE REALM_ID = ?", realmId)).isZero();
        assertThat(count(other, "SELECT COUNT(*) FROM ORGKIT_RATE_LOCK WHERE REALM_ID = ?", realmId)).isZero();
    }
}
