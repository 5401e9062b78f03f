package dev.orgkit.invitations.service;


import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import dev.orgkit.invitations.representation.InvitationRepresentation;
import dev.orgkit.invitations.store.InvitationEntity;
import dev.orgkit.invitations.store.Status;
import dev.orgkit.organizations.spi.JsonMetadata;
import dev.orgkit.organizations.spi.OrgkitCore;

/** Invitations to their one representation, for REST answers, webhooks and audit alike. */
public final class InvitationViews {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrgkitCore core;

    public InvitationViews(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.core = OrgkitCore.of(session);
    }

    /**
     * The invitation with its private metadata (for webhooks, audit and privileged callers); never
     * with its link, which only the answer to create and resend carries.
     */
    public InvitationRepresentation of(InvitationEntity invitation, OrganizationModel org, long now) {
        InvitationRepresentation rep = new InvitationRepresentation();
        rep.id = invitation.getId();
        rep.emailAddress = invitation.getEmail();
        rep.email = invitation.getEmail();
        rep.role = invitation.getRoleName();
        rep.roleName = core.readableName(invitation.getRoleName());
        rep.organizationId = invitation.getOrganizationId();
        if (org != null) {
            rep.publicOrganizationData = core.publicOrganizationData(org);
            rep.organizationSlug = org.getAlias();
            rep.organizationName = org.getName();
        }
        Status status = Status.of(invitation, now);
        rep.status = status.clerkValue();
        rep.declined = status == Status.DECLINED ? Boolean.TRUE : null;
        rep.publicMetadata = JsonMetadata.fromStored(invitation.getPublicMetadata());
        rep.privateMetadata = JsonMetadata.fromStored(invitation.getPrivateMetadata());
        rep.inviterId = invitation.getInviterId();
        if (invitation.getInviterId() != null) {
            UserModel inviter = session.users().getUserById(realm, invitation.getInviterId());
            rep.inviterUsername = inviter == null ? null : inviter.getUsername();
        }
        rep.userId = invitation.getUserId();
        rep.redirectUri = invitation.getRedirectUri();
        rep.createdAt = invitation.getCreatedAt();
        rep.sentAt = invitation.getSentAt();
        rep.expiresAt = invitation.getExpiresAt();
        rep.updatedAt = invitation.getUpdatedAt();
        return rep;
    }

    /** {@link #of}, without the private metadata unless {@code withPrivateMetadata}. */
    public InvitationRepresentation of(InvitationEntity invitation, OrganizationModel org, long now,
                                       boolean withPrivateMetadata) {
        InvitationRepresentation rep = of(invitation, org, now);
        return withPrivateMetadata ? rep : rep.withoutPrivateMetadata();
    }

    /** The display name of a user for an email: "First Last", else the username. */
    public static String displayName(UserModel user, String fallback) {
        if (user == null) {
            return fallback;
        }
        String first = user.getFirstName() == null ? "" : user.getFirstName().trim();
        String last = user.getLastName() == null ? "" : user.getLastName().trim();
        String full = (first + " " + last).trim();
        return full.isEmpty() ? user.getUsername() : full;
    }
}
