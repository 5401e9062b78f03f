package dev.orgkit.security.enrollment;

import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import dev.orgkit.invitations.spi.InvitationsApi;
import dev.orgkit.organizations.spi.OrgkitCore;
import dev.orgkit.security.domains.DomainMatch;
import dev.orgkit.security.domains.EnrollmentMode;


/**
 * {@code automatic_invitation}: a user with a verified email at a verified domain of an
 * organization, who is not a member, gets a pending invitation with the realm's default role.
 *
 * <p>The sign-in only decides, with reads, whether there is something to do. The invitation is
 * then created after the sign-in's transaction has committed, in a transaction of its own, so
 * that nothing about it (a lock wait, a constraint, the email) can fail or slow down the sign-in.
 */
final class AutomaticInvitations {

    private static final Logger LOG = Logger.getLogger(AutomaticInvitations.class);

    private AutomaticInvitations() {
    }

    /** Called during a sign-in; cheap when there is nothing to do. */
    static void onSignIn(KeycloakSession session, RealmModel realm, UserModel user) {
        if (realm == null || user == null || !realm.isOrganizationsEnabled()) {
            return;
        }
        Optional<DomainMatch> match = DomainMatch.of(session, user)
                .filter(m -> m.is(EnrollmentMode.AUTOMATIC_INVITATION))
                .filter(m -> !OrgkitCore.of(session).isMember(m.org(), user));
        if (match.isEmpty()) {
            return;
        }
        String realmId = realm.getId();
        String userId = user.getId();
        String orgId = match.get().org().getId();
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                invite(factory, realmId, userId, orgId);
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }

    static void invite(KeycloakSessionFactory factory, String realmId, String userId, String orgId) {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> inviteNow(session, realmId, userId, orgId));
        } catch (RuntimeException e) {
            // the next sign-in tries again; the sign-in itself has already succeeded
            LOG.warnf(e, "Could not create the automatic invitation of user %s to organization %s", userId, orgId);
        }
    }

    private static void inviteNow(KeycloakSession session, String realmId, String userId, String orgId) {
        RealmModel realm = session.realms().getRealm(realmId);
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        UserModel user = session.users().getUserById(realm, userId);
        OrgkitCore core = OrgkitCore.of(session);
        Optional<DomainMatch> match = DomainMatch.of(session, user)
                .filter(m -> m.is(EnrollmentMode.AUTOMATIC_INVITATION) && m.org().getId().equals(orgId));
        if (match.isEmpty()) {
            return;
        }
        OrganizationModel org = match.get().org();
        if (!core.lockOrganization(org.getId()) || core.isMember(org, user)) {
            return;
        }
        if (InvitationsApi.inviteUnlessAnswered(session, realm, org, user.getEmail())) {
            LOG.debugf("Automatic invitation of %s to organization %s", userId, org.getAlias());
        }
    }
}
