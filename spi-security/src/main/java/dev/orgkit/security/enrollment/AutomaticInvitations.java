package dev.orgkit.security.enrollment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import dev.orgkit.invitations.api.InvitationInput;
import dev.orgkit.invitations.service.InvitationService;
import dev.orgkit.invitations.store.InvitationEntity;
import dev.orgkit.invitations.store.InvitationStore;
import dev.orgkit.invitations.store.Status;
import dev.orgkit.organizations.spi.Actor;
import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.service.OrganizationService;
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
        Optional<DomainMatch> match = DomainMatch.of(NativeOrganizations.of(session), user)
                .filter(m -> m.is(EnrollmentMode.AUTOMATIC_INVITATION))
                .filter(m -> !NativeOrganizations.of(session).isMember(m.org(), user));
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
        NativeOrganizations orgs = NativeOrganizations.of(session);
        Optional<DomainMatch> match = DomainMatch.of(orgs, user)
                .filter(m -> m.is(EnrollmentMode.AUTOMATIC_INVITATION) && m.org().getId().equals(orgId));
        if (match.isEmpty()) {
            return;
        }
        OrganizationModel org = match.get().org();
        KeycloakRowLocks.of(session).lockOrganization(org.getId());
        if (orgs.isMember(org, user)) {
            return;
        }
        String email = user.getEmail().strip().toLowerCase(Locale.ROOT);
        long now = Time.currentTimeMillis();
        InvitationEntity holder = new InvitationStore(session).pendingSlot(org.getId(), email);
        if (holder != null && Status.of(holder, now) == Status.PENDING) {
            return;
        }
        if (refusedBefore(session, org.getId(), email)) {
            return;
        }
        ChangeRecorder recorder = new ChangeRecorder(session, realm, Actor.system(), null, null, null);
        OrganizationService service = new OrganizationService(session, realm, recorder);
        InvitationInput input = new InvitationInput();
        input.email = email;
        input.role = service.roles().defaultRole().name();
        new InvitationService(session, realm, new SystemAccess(org), service).create(List.of(input));
        LOG.debugf("Automatic invitation of %s to organization %s", userId, org.getAlias());
    }

    /** A declined or revoked invitation is an answer: the same address is not invited again automatically. */
    private static boolean refusedBefore(KeycloakSession session, String orgId, String email) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        Long count = em.createQuery("select count(i) from InvitationEntity i where i.organizationId = :org "
                        + "and i.email = :email and i.status in (:declined, :revoked)", Long.class)
                .setParameter("org", orgId)
                .setParameter("email", email)
                .setParameter("declined", Status.DECLINED.value())
                .setParameter("revoked", Status.REVOKED.value())
                .getSingleResult();
        return count > 0;
    }
}
