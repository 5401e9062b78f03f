package dev.orgkit.invitations.service;

import java.util.List;
import java.util.Map;

import org.keycloak.common.util.Time;
import org.keycloak.models.OrganizationModel;

import dev.orgkit.invitations.config.InvitationActions;
import dev.orgkit.invitations.store.InvitationEntity;
import dev.orgkit.invitations.store.InvitationStore;
import dev.orgkit.invitations.store.Status;
import dev.orgkit.organizations.spi.OrganizationDeleting;

/**
 * An organization's deletion ends its pending invitations: each is revoked (audit
 * {@code invitation.revoked} with {@code reason: organization_deleted}, webhook
 * {@code organizationInvitation.revoked}) before the memberships' and the organization's own events.
 * The rows then go with the organization (cascading foreign key).
 */
public final class OrganizationDeletion {

    private OrganizationDeletion() {
    }

    public static void revokePending(OrganizationDeleting deleting) {
        OrganizationModel org = deleting.organization();
        InvitationStore store = new InvitationStore(deleting.session());
        InvitationViews views = new InvitationViews(deleting.session(), deleting.realm());
        long now = Time.currentTimeMillis();
        List<InvitationEntity> pending = store.list(org.getId(), List.of(Status.PENDING), now, 0, Integer.MAX_VALUE);
        for (InvitationEntity invitation : pending) {
            InvitationService.finish(invitation, Status.REVOKED, null, now);
            deleting.changes().record(InvitationActions.REVOKED, org.getId(), "invitation", invitation.getId(),
                    views.of(invitation, org, now), Map.of("email", invitation.getEmail(), "role", invitation.getRoleName(),
                            "reason", "organization_deleted"));
        }
        // written while the rows exist: the organization's removal then deletes them
        store.flush();
    }
}
