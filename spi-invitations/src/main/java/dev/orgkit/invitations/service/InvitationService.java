package dev.orgkit.invitations.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.PersistenceException;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import dev.orgkit.invitations.representation.InvitationInput;
import dev.orgkit.invitations.representation.InvitationRepresentation;
import dev.orgkit.invitations.limits.InvitationRateLimiter;
import dev.orgkit.invitations.limits.InvitationSeats;
import dev.orgkit.invitations.service.InvitationPlanner.Planned;
import dev.orgkit.invitations.store.InvitationEntity;
import dev.orgkit.invitations.store.InvitationStore;
import dev.orgkit.invitations.store.Status;
import dev.orgkit.invitations.token.InvitationToken;
import dev.orgkit.organizations.spi.JsonMetadata;
import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.invitations.config.InvitationActions;
import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.OrgkitCore;
import dev.orgkit.organizations.spi.CorePermissions;

/**
 * Invitations of one organization as its managers see them: create (single or bulk, all or
 * nothing), list, resend and revoke. Every change locks the organization's row first, so changes
 * of one organization's invitations (and its rate-limit count) happen one after the other on any node.
 */
public final class InvitationService {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrgAccess access;
    private final ChangeRecorder changes;
    private final OrgkitCore core;
    private final InvitationStore store;
    private final InvitationViews views;
    private final InvitationDelivery delivery;

    public InvitationService(KeycloakSession session, RealmModel realm, OrgAccess access, ChangeRecorder changes) {
        this.session = session;
        this.realm = realm;
        this.access = access;
        this.changes = changes;
        this.core = OrgkitCore.of(session);
        this.store = new InvitationStore(session);
        this.views = new InvitationViews(session, realm);
        this.delivery = new InvitationDelivery(session, realm, access);
    }

    public List<InvitationRepresentation> create(List<InvitationInput> inputs) {
        access.require(CorePermissions.MEMBERSHIPS_MANAGE);
        access.requireChangeable();
        InvitationRules.bulkProblem(inputs.size()).ifPresent(p -> {
            throw OrgkitException.invalid(p);
        });
        OrganizationModel org = access.org();
        List<Planned> plan = new InvitationPlanner(session, realm, access).plan(inputs);
        long now = Time.currentTimeMillis();
        core.lockExistingOrganization(org.getId());
        for (Planned planned : plan) {
            freePendingSlot(org, planned, now);
        }
        new InvitationSeats(session).require(org, plan.stream().map(Planned::email).toList(), now);
        if (!access.privileged()) {
            new InvitationRateLimiter(session).check(realm, realm.getId(), org.getId(), access.ipAddress(),
                    plan.size(), now);
        }
        store.flush();
        List<InvitationEntity> created = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (Planned planned : plan) {
            String token = InvitationToken.generate();
            created.add(newInvitation(org, planned, token, now));
            tokens.add(token);
        }
        countSends(org, created.size(), now);
        flushOrConflict();
        List<InvitationRepresentation> result = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            InvitationEntity invitation = created.get(i);
            InvitationRepresentation rep = views.of(invitation, org, now);
            changes.record(InvitationActions.CREATED, org.getId(), "invitation", invitation.getId(), rep,
                    Map.of("email", invitation.getEmail(), "role", invitation.getRoleName()));
            result.add(shown(delivery.send(rep, invitation, org, tokens.get(i))));
        }
        return result;
    }

    public List<InvitationRepresentation> list(String statuses, Paging paging) {
        access.requireForRead(CorePermissions.MEMBERSHIPS_MANAGE);
        Set<Status> filter = new LinkedHashSet<>();
        if (statuses != null && !statuses.isBlank()) {
            for (String value : statuses.split(",")) {
                filter.add(Status.parse(value).orElseThrow(() -> OrgkitException.invalid(
                        "status must be pending, accepted, revoked, declined or expired (comma separated)")));
            }
        }
        long now = Time.currentTimeMillis();
        OrganizationModel org = access.org();
        return store.list(org.getId(), filter, now, paging.first(), paging.max()).stream()
                .map(invitation -> views.of(invitation, org, now, access.privileged()))
                .toList();
    }

    public InvitationRepresentation get(String id) {
        access.requireForRead(CorePermissions.MEMBERSHIPS_MANAGE);
        return views.of(find(id), access.org(), Time.currentTimeMillis(), access.privileged());
    }

    /** A new token (the old link stops working), a new lifetime from now and a new email. */
    public InvitationRepresentation resend(String id) {
        OrganizationModel org = access.org();
        long now = Time.currentTimeMillis();
        InvitationEntity invitation = lockedOpen(id, now);
        refuseRepeatedResend(invitation, now);
        if (Status.of(invitation, now) == Status.EXPIRED) {
            // an expired invitation takes its seat again
            new InvitationSeats(session).require(org, List.of(invitation.getEmail()), now);
        }
        if (invitation.getPendingEmail() == null) {
            InvitationEntity holder = store.pendingSlot(org.getId(), invitation.getEmail());
            if (holder != null && Status.of(holder, now) == Status.PENDING) {
                throw OrgkitException.conflict("invitation_pending", "a newer invitation for this email is pending");
            }
            if (holder != null) {
                holder.setPendingEmail(null);
                store.flush();
            }
            invitation.setPendingEmail(invitation.getEmail());
        }
        if (!access.privileged()) {
            new InvitationRateLimiter(session).check(realm, realm.getId(), org.getId(), access.ipAddress(), 1, now);
        }
        long lifetime = Math.max(InvitationRules.DAY_MILLIS, invitation.getExpiresAt() - invitation.getSentAt());
        String token = InvitationToken.generate();
        invitation.setTokenHash(InvitationToken.hash(token));
        invitation.setSentAt(now);
        invitation.setExpiresAt(now + lifetime);
        invitation.setUpdatedAt(now);
        countSends(org, 1, now);
        flushOrConflict();
        InvitationRepresentation rep = views.of(invitation, org, now);
        changes.record(InvitationActions.RESENT, org.getId(), "invitation", invitation.getId(), rep,
                Map.of("email", invitation.getEmail(), "role", invitation.getRoleName()));
        return shown(delivery.send(rep, invitation, org, token));
    }

    /**
     * A resend within {@link InvitationRules#RESEND_INTERVAL} of the last resend is a duplicate (a
     * double click, a client's retry): each resend replaces the link, so a second one would make the
     * first email's link stop working. 409 {@code invitation_just_resent} with Retry-After; the first
     * resend after the invitation's creation is always taken.
     */
    private static void refuseRepeatedResend(InvitationEntity invitation, long now) {
        if (invitation.getSentAt() <= invitation.getCreatedAt()) {
            return;
        }
        long wait = invitation.getSentAt() + InvitationRules.RESEND_INTERVAL.toMillis() - now;
        if (wait > 0) {
            throw OrgkitException.conflict("invitation_just_resent",
                    "this invitation was just resent; its newest link is in the last email", (wait + 999) / 1000);
        }
    }

    public InvitationRepresentation revoke(String id) {
        OrganizationModel org = access.org();
        long now = Time.currentTimeMillis();
        InvitationEntity invitation = lockedOpen(id, now);
        finish(invitation, Status.REVOKED, null, now);
        store.flush();
        InvitationRepresentation rep = views.of(invitation, org, now);
        changes.record(InvitationActions.REVOKED, org.getId(), "invitation", invitation.getId(), rep,
                Map.of("email", invitation.getEmail(), "role", invitation.getRoleName()));
        return shown(rep);
    }

    /** An invitation as this caller may see it: private metadata for realm admins and superadmins only. */
    private InvitationRepresentation shown(InvitationRepresentation rep) {
        return access.privileged() ? rep : rep.withoutPrivateMetadata();
    }

    /**
     * What resend and revoke start with: the caller may manage memberships in a changeable
     * organization and covers the invited role; then, under the organization's lock, the invitation
     * read again with a lock must still be pending or expired (409 {@code invitation_not_pending}).
     */
    private InvitationEntity lockedOpen(String id, long now) {
        access.require(CorePermissions.MEMBERSHIPS_MANAGE);
        access.requireChangeable();
        InvitationEntity invitation = find(id);
        requireCovered(invitation);
        core.lockExistingOrganization(access.org().getId());
        invitation = locked(invitation);
        Status status = Status.of(invitation, now);
        if (status != Status.PENDING && status != Status.EXPIRED) {
            throw notPending(status);
        }
        return invitation;
    }

    /** Ends an invitation: it leaves its pending slot and keeps who ended it. */
    static void finish(InvitationEntity invitation, Status status, String userId, long now) {
        invitation.setStatus(status.value());
        invitation.setPendingEmail(null);
        invitation.setUserId(userId);
        invitation.setUpdatedAt(now);
    }

    static RuntimeException notPending(Status status) {
        return OrgkitException.conflict("invitation_not_pending", "the invitation is " + status.value());
    }

    /** 409 for members and live pending invitations (unless replacing); frees the slot of an expired one. */
    private void freePendingSlot(OrganizationModel org, Planned planned, long now) {
        UserModel existing = session.users().getUserByEmail(realm, planned.email());
        if (existing != null && core.isMember(org, existing)) {
            throw OrgkitException.conflict("already_member", planned.email() + " already is a member of this organization");
        }
        InvitationEntity holder = store.pendingSlot(org.getId(), planned.email());
        if (holder == null) {
            return;
        }
        if (Status.of(holder, now) == Status.EXPIRED) {
            holder.setPendingEmail(null);
            return;
        }
        if (!planned.replace()) {
            throw OrgkitException.conflict("invitation_pending", "an invitation for " + planned.email()
                    + " is pending; resend it, revoke it, or ask to replace it (\"replace\": true)");
        }
        requireCovered(holder);
        finish(holder, Status.REVOKED, null, now);
        changes.record(InvitationActions.REVOKED, org.getId(), "invitation", holder.getId(),
                views.of(holder, org, now), Map.of("email", holder.getEmail(), "role", holder.getRoleName(), "reason", "replaced"));
    }

    private InvitationEntity newInvitation(OrganizationModel org, Planned planned, String token, long now) {
        InvitationEntity invitation = new InvitationEntity();
        invitation.setId(KeycloakModelUtils.generateId());
        invitation.setRealmId(realm.getId());
        invitation.setOrganizationId(org.getId());
        invitation.setEmail(planned.email());
        invitation.setPendingEmail(planned.email());
        invitation.setRoleName(planned.role().name());
        invitation.setStatus(Status.PENDING.value());
        invitation.setTokenHash(InvitationToken.hash(token));
        invitation.setInviterId(inviterInRealm());
        invitation.setRedirectUri(planned.redirectUri());
        invitation.setPublicMetadata(planned.publicMetadata() == null ? JsonMetadata.empty() : planned.publicMetadata());
        invitation.setPrivateMetadata(planned.privateMetadata() == null ? JsonMetadata.empty() : planned.privateMetadata());
        invitation.setCreatedAt(now);
        invitation.setSentAt(now);
        invitation.setExpiresAt(now + planned.days() * InvitationRules.DAY_MILLIS);
        invitation.setUpdatedAt(now);
        store.add(invitation);
        return invitation;
    }

    /** The inviter when it is a user of this realm (a master-realm admin is named in the event instead). */
    private String inviterInRealm() {
        String id = access.callerId();
        return id != null && session.users().getUserById(realm, id) != null ? id : null;
    }

    private void countSends(OrganizationModel org, int count, long now) {
        if (!access.privileged()) {
            new InvitationRateLimiter(session).record(realm.getId(), org.getId(), access.ipAddress(), count, now);
        }
    }

    private InvitationEntity find(String id) {
        InvitationEntity invitation = store.byId(realm.getId(), id);
        if (invitation == null || !invitation.getOrganizationId().equals(access.org().getId())) {
            throw OrgkitException.notFound("invitation not found");
        }
        return invitation;
    }

    private InvitationEntity locked(InvitationEntity invitation) {
        InvitationEntity fresh = store.lock(invitation);
        if (fresh == null) {
            throw OrgkitException.notFound("invitation not found");
        }
        return fresh;
    }

    private void requireCovered(InvitationEntity invitation) {
        OrgRole role = core.role(invitation.getRoleName()).orElse(null);
        if (role != null && !access.covers(role)) {
            throw OrgkitException.forbidden("you can only manage invitations for roles whose permissions you hold yourself");
        }
    }

    private void flushOrConflict() {
        try {
            store.flush();
        } catch (ModelDuplicateException | PersistenceException e) {
            throw OrgkitException.conflict("invitation_pending", "an invitation for this email was created at the same time");
        }
    }
}
