package dev.orgkit.invitations.service;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import dev.orgkit.invitations.representation.InvitationRepresentation;
import dev.orgkit.invitations.mail.InvitationMailer;
import dev.orgkit.invitations.metrics.InvitationMeters;
import dev.orgkit.invitations.store.InvitationEntity;
import dev.orgkit.organizations.spi.OrgAccess;

/**
 * Hands a freshly issued token to its two only places: the invitation email and the answer to the
 * inviter ({@code url}, {@code email_sent}, {@code email_error}).
 */
final class InvitationDelivery {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrgAccess access;

    InvitationDelivery(KeycloakSession session, RealmModel realm, OrgAccess access) {
        this.session = session;
        this.realm = realm;
        this.access = access;
    }

    InvitationRepresentation send(InvitationRepresentation rep, InvitationEntity invitation, OrganizationModel org, String token) {
        String link = InvitationLinks.accept(session, realm, token);
        UserModel inviter = access.callerId() == null ? null : session.users().getUserById(realm, access.callerId());
        String fallback = access.actor().username() == null ? org.getName() : access.actor().username();
        InvitationMailer.Letter letter = new InvitationMailer.Letter(invitation.getEmail(), org,
                InvitationViews.displayName(inviter, fallback), invitation.getRoleName(), invitation.getExpiresAt(), link);
        String error = new InvitationMailer(session, realm).send(letter).orElse(null);
        InvitationMeters.sentOnCommit(session, realm.getName(), error == null);
        InvitationRepresentation answer = rep.withoutLink();
        answer.url = link;
        answer.emailSent = error == null;
        answer.emailError = error;
        return answer;
    }
}
