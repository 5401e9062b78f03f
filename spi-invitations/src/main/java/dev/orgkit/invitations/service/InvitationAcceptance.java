package dev.orgkit.invitations.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;

import dev.orgkit.invitations.representation.InvitationRepresentation;
import dev.orgkit.invitations.store.InvitationEntity;
import dev.orgkit.invitations.store.InvitationStore;
import dev.orgkit.invitations.store.Status;
import dev.orgkit.invitations.token.InvitationToken;
import dev.orgkit.organizations.spi.JsonMetadata;
import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.invitations.config.InvitationActions;
import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.OrgkitCore;

/**
 * Invitations as their invitee sees them: finding one by its token, the pending ones of a user's
 * verified email, accepting and declining. Accepting and declining lock the organization's row and
 * then re-read the invitation with a lock, so concurrent accepts (and a revoke racing an accept)
 * end with exactly one outcome.
 */
public final class InvitationAcceptance {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final ChangeRecorder changes;
    private final OrgkitCore core;
    private final InvitationStore store;
    private final InvitationViews views;

    public InvitationAcceptance(KeycloakSession session, RealmModel realm, ChangeRecorder changes) {
        this.session = session;
        this.realm = realm;
        this.changes = changes;
        this.core = OrgkitCore.of(session);
        this.store = new InvitationStore(session);
        this.views = new InvitationViews(session, realm);
    }

    /**
     * The pending invitation a link's token opens, or null for every kind of unusable token
     * (malformed, unknown, tampered, expired, revoked, declined, used, organization gone or disabled).
     */
    public InvitationEntity byToken(String token) {
        if (!InvitationToken.wellFormed(token)) {
            return null;
        }
        return usable(store.byTokenHash(realm.getId(), InvitationToken.hash(token)));
    }

    /** A pending invitation by id, or null when it is not one. */
    public InvitationEntity pendingById(String id) {
        return usable(store.byId(realm.getId(), id));
    }

    public OrgkitCore core() {
        return core;
    }

    public OrganizationModel organization(InvitationEntity invitation) {
        return core.organization(invitation.getOrganizationId()).orElse(null);
    }

    /** An invitation as its invitee sees it (no private metadata). */
    public InvitationRepresentation represent(InvitationEntity invitation) {
        return views.of(invitation, organization(invitation), Time.currentTimeMillis(), false);
    }

    /** Whether the invitation was sent to the user's verified email. */
    public static boolean isFor(InvitationEntity invitation, UserModel user) {
        return user != null && user.isEmailVerified() && user.getEmail() != null
                && user.getEmail().trim().toLowerCase(Locale.ROOT).equals(invitation.getEmail());
    }

    /** The pending invitations of a user's verified email (none without one). */
    public List<InvitationRepresentation> mine(UserModel user, Paging paging) {
        if (!user.isEmailVerified() || user.getEmail() == null) {
            return List.of();
        }
        long now = Time.currentTimeMillis();
        return store.pendingFor(realm.getId(), user.getEmail().trim().toLowerCase(Locale.ROOT), now, paging.first(), paging.max())
                .stream()
                .filter(invitation -> usable(invitation) != null)
                .map(invitation -> views.of(invitation, organization(invitation), now, false))
                .toList();
    }

    /** An invitation of the user's own by id: 404 when there is none (or it is someone else's). */
    public InvitationEntity own(String id, UserModel user) {
        InvitationEntity invitation = store.byId(realm.getId(), id);
        if (invitation == null || !isFor(invitation, user)) {
            throw OrgkitException.notFound("invitation not found");
        }
        return invitation;
    }

    /**
     * Adds the user with the invited role and the invitation's public and private metadata, marks the invitation accepted and, when there is a user
     * session, makes the organization the session's active one unless an extension refuses that
     * (e.g. the organization requires MFA and the session has no second factor): then the
     * invitation is still accepted and the active organization stays as it was.
     */
    public InvitationRepresentation accept(InvitationEntity found, UserModel user, UserSessionModel userSession) {
        long now = Time.currentTimeMillis();
        InvitationEntity invitation = lockedPending(found, user, now);
        OrganizationModel org = organization(invitation);
        if (!org.isEnabled()) {
            throw OrgkitException.forbidden("organization_disabled", "the organization is disabled");
        }
        OrgRole role = core.roleToAssign(invitation.getRoleName());
        core.join(org, user, role, changes, JsonMetadata.fromStored(invitation.getPublicMetadata()),
                JsonMetadata.fromStored(invitation.getPrivateMetadata()));
        InvitationService.finish(invitation, Status.ACCEPTED, user.getId(), now);
        store.flush();
        InvitationRepresentation rep = views.of(invitation, org, now);
        changes.record(InvitationActions.ACCEPTED, org.getId(), "invitation", invitation.getId(), rep,
                Map.of("email", invitation.getEmail(), "role", role.name(), "user_id", user.getId()));
        if (userSession != null && core.mayActivate(userSession, org)) {
            core.activate(userSession, org);
        }
        return rep.withoutPrivateMetadata();
    }

    public InvitationRepresentation decline(InvitationEntity found, UserModel user) {
        long now = Time.currentTimeMillis();
        InvitationEntity invitation = lockedPending(found, user, now);
        OrganizationModel org = organization(invitation);
        InvitationService.finish(invitation, Status.DECLINED, user.getId(), now);
        store.flush();
        InvitationRepresentation rep = views.of(invitation, org, now);
        changes.record(InvitationActions.DECLINED, org.getId(), "invitation", invitation.getId(), rep,
                Map.of("email", invitation.getEmail(), "role", invitation.getRoleName(), "user_id", user.getId()));
        return rep.withoutPrivateMetadata();
    }

    private InvitationEntity lockedPending(InvitationEntity found, UserModel user, long now) {
        if (!isFor(found, user)) {
            throw OrgkitException.notFound("invitation not found");
        }
        if (organization(found) == null) {
            throw OrgkitException.notFound("invitation not found");
        }
        core.lockExistingOrganization(found.getOrganizationId());
        InvitationEntity invitation = store.lock(found);
        if (invitation == null) {
            throw OrgkitException.notFound("invitation not found");
        }
        Status status = Status.of(invitation, now);
        if (status != Status.PENDING) {
            throw InvitationService.notPending(status);
        }
        return invitation;
    }

    private InvitationEntity usable(InvitationEntity invitation) {
        if (invitation == null || Status.of(invitation, Time.currentTimeMillis()) != Status.PENDING) {
            return null;
        }
        OrganizationModel org = organization(invitation);
        return org != null && org.isEnabled() ? invitation : null;
    }
}
