package dev.orgkit.invitations.config;

import java.util.List;

import org.keycloak.events.admin.OperationType;

import dev.orgkit.organizations.spi.OrgAction;

/** The changes invitations record, declared to the core by {@link InvitationsFeatureFactory}. */
public final class InvitationActions {

    public static final OrgAction CREATED = invitation("invitation.created", OperationType.CREATE)
            .event("organizationInvitation.created");
    public static final OrgAction RESENT = invitation("invitation.resent", OperationType.UPDATE);
    public static final OrgAction REVOKED = invitation("invitation.revoked", OperationType.DELETE)
            .event("organizationInvitation.revoked");
    public static final OrgAction ACCEPTED = invitation("invitation.accepted", OperationType.CREATE)
            .event("organizationInvitation.accepted");
    public static final OrgAction DECLINED = invitation("invitation.declined", OperationType.UPDATE);

    public static final List<OrgAction> ALL = List.of(CREATED, RESENT, REVOKED, ACCEPTED, DECLINED);

    private InvitationActions() {
    }

    private static OrgAction invitation(String name, OperationType operation) {
        return OrgAction.of(name, operation).resource("ORGKIT_INVITATION").under("invitations");
    }
}
