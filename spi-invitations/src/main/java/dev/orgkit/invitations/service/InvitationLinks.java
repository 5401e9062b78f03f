package dev.orgkit.invitations.service;

import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** URLs of the invitation pages under {@code /realms/{realm}/orgkit/invitations}. */
public final class InvitationLinks {

    public static final String SEGMENT = "invitations";

    private InvitationLinks() {
    }

    public static UriBuilder base(KeycloakSession session, RealmModel realm) {
        return UriBuilder.fromUri(session.getContext().getUri().getBaseUri())
                .path("realms").path(realm.getName()).path("orgkit").path(SEGMENT);
    }

    /** The link in the email: opens the invitation page with the clear token. */
    public static String accept(KeycloakSession session, RealmModel realm, String token) {
        return base(session, realm).path("accept").queryParam("token", token).build().toString();
    }

    public static URI page(KeycloakSession session, RealmModel realm, String path) {
        return base(session, realm).path(path).build();
    }
}
