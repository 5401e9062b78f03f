package dev.orgkit.security.backfill;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.common.ClientConnection;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import dev.orgkit.organizations.spi.Actor;
import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.OrgkitException;

/**
 * {@code /admin/realms/{realm}/orgkit/backfill}: {@code GET} tells how many users have no
 * organization (view-organizations); {@code POST ?batch=N[&after=<cursor>]} gives up to N of them a
 * personal organization (manage-organizations) and tells what it did and what is left;
 * {@code POST /users/{user}} does it for one user (id or username).
 *
 * <p>(The {@code @Path} method is also what makes Quarkus REST register this class at all: see
 * docs/decisions.md, "Extension resources must have a method with @Path".)
 */
public final class BackfillResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    BackfillResource(AdminRequest request) {
        this.session = request.session();
        this.realm = request.realm();
        this.auth = request.auth();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> status() {
        if (!auth.orgs().canView()) {
            throw OrgkitException.forbidden("this requires the admin role view-organizations");
        }
        requireOrganizations();
        return Map.of("remaining", backfill().remaining());
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public BackfillResult run(@QueryParam("batch") String batch, @QueryParam("after") String after) {
        if (!auth.orgs().canManage()) {
            throw OrgkitException.forbidden("this requires the admin role manage-organizations");
        }
        requireOrganizations();
        if (after != null && after.length() > 255) {
            throw OrgkitException.invalid("after must be a user id");
        }
        return backfill().run(batchSize(batch), after);
    }

    /** Gives one user (id or username) a personal organization if they have none; {@code created} tells whether it did. */
    @POST
    @Path("users/{user}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> runForUser(@PathParam("user") String idOrUsername) {
        if (!auth.orgs().canManage()) {
            throw OrgkitException.forbidden("this requires the admin role manage-organizations");
        }
        requireOrganizations();
        UserModel user = session.users().getUserById(realm, idOrUsername);
        if (user == null) {
            user = session.users().getUserByUsername(realm, idOrUsername);
        }
        if (user == null) {
            throw OrgkitException.notFound("user not found");
        }
        if (user.getServiceAccountClientLink() != null) {
            throw OrgkitException.badRequest("service_account", "service accounts are not given personal organizations");
        }
        return Map.of("user", user.getId(), "created", backfill().runFor(user.getId()));
    }

    private void requireOrganizations() {
        if (!realm.isOrganizationsEnabled()) {
            throw OrgkitException.badRequest("organizations_disabled", "organizations are not enabled in this realm");
        }
    }

    static int batchSize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Backfill.DEFAULT_BATCH;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1 && n <= Backfill.MAX_BATCH) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw OrgkitException.invalid("batch must be a whole number from 1 to " + Backfill.MAX_BATCH);
    }

    private Backfill backfill() {
        AdminAuth admin = auth.adminAuth();
        UserModel caller = admin.getUser();
        Actor actor = new Actor(Actor.ADMIN, caller.getId(), caller.getUsername());
        ClientConnection connection = session.getContext().getConnection();
        String ip = connection == null ? null : connection.getRemoteAddr();
        String userAgent = session.getContext().getRequestHeaders() == null ? null
                : session.getContext().getRequestHeaders().getHeaderString("User-Agent");
        String adminRealmId = admin.getRealm().getId();
        String adminClientId = admin.getClient().getId();
        return new Backfill(session.getKeycloakSessionFactory(), realm.getId(), job -> {
            RealmModel jobRealm = job.realms().getRealm(realm.getId());
            RealmModel adminRealm = job.realms().getRealm(adminRealmId);
            AdminAuth jobAdmin = new AdminAuth(adminRealm, admin.getToken(), job.users().getUserById(adminRealm, caller.getId()),
                    job.clients().getClientById(adminRealm, adminClientId));
            AdminEventBuilder adminEvent = connection == null ? null
                    : new AdminEventBuilder(jobRealm, jobAdmin, job, connection).realm(jobRealm);
            return new ChangeRecorder(job, jobRealm, actor, ip, userAgent, adminEvent);
        });
    }
}
