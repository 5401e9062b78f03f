package dev.orgkit.invitations.service;

import java.net.URI;
import java.net.URISyntaxException;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.utils.RedirectUtils;
import org.keycloak.services.Urls;

import dev.orgkit.organizations.spi.OrgkitException;

/** Where an invitee lands after accepting: a redirect URI valid for some client of the realm, else the account console. */
public final class RedirectUris {

    private RedirectUris() {
    }

    /** The checked redirect URI, or null when none was asked for; 400 when no enabled client allows it. */
    public static String check(KeycloakSession session, RealmModel realm, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String uri = raw.trim();
        if (uri.length() > InvitationRules.MAX_REDIRECT_URI_LENGTH) {
            throw invalid("redirect_uri is too long");
        }
        try {
            URI parsed = new URI(uri);
            String scheme = parsed.getScheme();
            if (!parsed.isAbsolute() || parsed.getHost() == null
                    || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw invalid("redirect_uri must be an absolute http(s) URI");
            }
        } catch (URISyntaxException e) {
            throw invalid("redirect_uri is not a valid URI");
        }
        boolean allowed = realm.getClientsStream()
                .filter(ClientModel::isEnabled)
                .filter(client -> !client.isBearerOnly())
                .anyMatch(client -> RedirectUtils.verifyRedirectUri(session, uri, client) != null);
        if (!allowed) {
            throw invalid("redirect_uri is not a valid redirect URI of any client of this realm");
        }
        return uri;
    }

    /** Where to go after accepting: the invitation's redirect URI, else the realm's account console. */
    public static String destination(KeycloakSession session, RealmModel realm, String redirectUri) {
        if (redirectUri != null) {
            return redirectUri;
        }
        return Urls.accountBase(session.getContext().getUri().getBaseUri()).path("/").build(realm.getName()).toString();
    }

    private static RuntimeException invalid(String description) {
        return OrgkitException.badRequest("invalid_redirect_uri", description);
    }
}
