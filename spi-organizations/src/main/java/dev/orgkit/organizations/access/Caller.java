package dev.orgkit.organizations.access;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.HttpHeaders;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.Constants;
import org.keycloak.models.AdminRoles;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.cors.Cors;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

import dev.orgkit.organizations.kc.DeletionRace;
import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.spi.Actor;
import dev.orgkit.organizations.spi.OrgkitException;

/**
 * Who is calling the self-service API: a user (or service account) of the realm with a valid
 * access token and an active session.
 */
public final class Caller {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;
    private final UserSessionModel userSession;
    private final AccessToken token;
    private final ClientModel client;

    private Caller(KeycloakSession session, RealmModel realm, AuthResult auth) {
        this.session = session;
        this.realm = realm;
        this.user = auth.user();
        this.userSession = auth.session();
        this.token = auth.token();
        this.client = auth.client();
    }

    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"};

    /**
     * Authenticates the bearer token of the current request, or answers 401. Answers carry CORS
     * headers for the web origins of the token's client (a request from another origin is refused
     * with 403 and none); a 401 carries them for any origin.
     */
    public static Caller authenticate(KeycloakSession session) {
        RealmModel realm = session.getContext().getRealm();
        AuthResult auth = bearer(session);
        if (auth == null || auth.user() == null || !auth.user().isEnabled()) {
            // Without a valid token there is no client whose web origins could be checked. Like
            // Keycloak's userinfo endpoint, the 401 is readable from any origin (it tells nothing but
            // "sign in again"), so that a page's switcher can say so instead of failing as unreachable.
            Cors.builder().allowAllOrigins().allowedMethods(METHODS).exposedHeaders("WWW-Authenticate").auth().add();
            throw OrgkitException.unauthorized(realm.getName());
        }
        Caller caller = new Caller(session, realm, auth);
        Cors.builder().checkAllowedOrigins(auth.token()).allowedMethods(METHODS).exposedHeaders("Retry-After").auth().add();
        return caller;
    }

    /** Attempts of the bearer check while a parallel request deletes one of the caller's organizations. */
    private static final int ATTEMPTS = 4;

    private static AuthResult bearer(KeycloakSession session) {
        for (int attempt = 1; ; attempt++) {
            try {
                return new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
            } catch (NotAuthorizedException e) {
                return null;
            } catch (RuntimeException e) {
                // Keycloak 26.7 re-validates a cached user against the user's organizations; while
                // another request deletes one of them, Keycloak meets the deleted organization as null
                // (Organizations.isReadOnlyOrganizationMember) or its internal group as missing
                // (DeletionRace) until that deletion has committed. A moment later it no longer does;
                // if it still does, the caller sends the request again. Shown by DuplicateRequestsIT.
                if (!(e instanceof NullPointerException) && !DeletionRace.isMissingOrganizationGroup(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw OrgkitException.conflict("concurrent_change",
                            "one of your organizations is being deleted right now; send the request again");
                }
                pause(25L << attempt);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OrgkitException.conflict("concurrent_change", "the request was interrupted; send it again");
        }
    }

    public UserModel user() {
        return user;
    }

    KeycloakSession session() {
        return session;
    }

    public UserSessionModel userSession() {
        return userSession;
    }

    public AccessToken token() {
        return token;
    }

    public ClientModel client() {
        return client;
    }

    /** Holders of the realm's superadmin role act in every organization without being members. */
    public boolean isSuperadmin() {
        RoleModel role = realm.getRole(OrgkitPolicy.of(realm).superadminRole());
        return role != null && user.hasRole(role);
    }

    /** Holders of realm-management's manage-organizations may create organizations whatever the policy. */
    public boolean isOrganizationAdmin() {
        ClientModel management = realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        if (management == null) {
            return false;
        }
        RoleModel manage = management.getRole(AdminRoles.MANAGE_ORGANIZATIONS);
        return manage != null && user.hasRole(manage);
    }

    public Actor actor() {
        String type = user.getServiceAccountClientLink() != null ? Actor.SERVICE_ACCOUNT : Actor.USER;
        return new Actor(type, user.getId(), user.getUsername());
    }

    public String ipAddress() {
        return session.getContext().getConnection().getRemoteAddr();
    }

    public String userAgent() {
        HttpHeaders headers = session.getContext().getRequestHeaders();
        return headers == null ? null : headers.getHeaderString(HttpHeaders.USER_AGENT);
    }
}
