package dev.orgkit.invitations.service;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import dev.orgkit.invitations.representation.InvitationRepresentation;
import dev.orgkit.invitations.store.InvitationEntity;
import dev.orgkit.invitations.store.Status;

/** Invitations to their API representation. */
public final class InvitationViews {

    private final KeycloakSession session;
    private final RealmModel realm;

    public InvitationViews(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public InvitationRepresentation of(InvitationEntity invitation, OrganizationModel org, long now) {
        InvitationRepresentation rep = new InvitationRepresentation();
        rep.id = invitation.getId();
        rep.organizationId = invitation.getOrganizationId();
        if (org != null) {
            rep.organizationSlug = org.getAlias();
            rep.organizationName = org.getName();
        }
        rep.email = invitation.getEmail();
        rep.role = invitation.getRoleName();
        rep.status = Status.of(invitation, now).value();
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
