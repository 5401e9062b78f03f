package dev.orgkit.organizations.admin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.spi.Setting;
import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.rest.OrganizationResource;
import dev.orgkit.organizations.spi.OrgkitApiExtension;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.organizations.representation.Representations;
import dev.orgkit.organizations.representation.OrganizationInput;
import dev.orgkit.organizations.representation.OrganizationRepresentation;
import dev.orgkit.organizations.service.OrganizationService;
import dev.orgkit.organizations.representation.Bodies;

/**
 * The admin API at {@code /admin/realms/{realm}/orgkit}: the realm's policy, the role catalog, and
 * every organization with the same operations members have, checked with Keycloak's admin
 * permissions ({@code view-organizations} to read, {@code manage-organizations} to change).
 */
public final class OrgkitAdminApi {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final OrganizationService service;

    OrgkitAdminApi(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        String userAgent = session.getContext().getRequestHeaders().getHeaderString("User-Agent");
        ChangeRecorder recorder = new ChangeRecorder(session, realm, AdminAccess.actor(auth),
                session.getContext().getConnection().getRemoteAddr(), userAgent, adminEvent);
        this.service = new OrganizationService(session, realm, recorder);
    }

    @Path("policy")
    public PolicyResource policy() {
        return new PolicyResource(session, realm, auth, service.recorder());
    }

    /** The settings the installed jars declare: key, realm attribute, kind, default, description, feature. */
    @GET
    @Path("settings")
    @Produces(MediaType.APPLICATION_JSON)
    public List<PolicyResource.SettingDeclaration> settings() {
        AdminChecks.requireView(auth);
        return PolicyResource.declarations(session);
    }

    @Path("roles")
    public CatalogResource roles() {
        return new CatalogResource(realm, auth, service, true);
    }

    @Path("permissions")
    public CatalogResource permissions() {
        return new CatalogResource(realm, auth, service, false);
    }

    @GET
    @Path("organizations")
    @Produces(MediaType.APPLICATION_JSON)
    public List<OrganizationRepresentation> organizations(@QueryParam("search") String search,
                                                          @QueryParam("first") String first, @QueryParam("max") String max) {
        AdminChecks.requireView(auth);
        Paging paging = Paging.of(first, max);
        return service.shapes().prefetch(service.orgs().search(search, paging.first(), paging.max()).toList()).stream()
                .map(org -> service.shapes().organization(org, true, null))
                .toList();
    }

    /** Creates an organization; {@code owner} (id or username), when given, becomes its first org:admin. */
    @POST
    @Path("organizations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        OrganizationInput input = Bodies.read(body, OrganizationInput.class);
        AdminChecks.requireManage(auth);
        UserModel owner = null;
        if (input != null && input.owner != null) {
            owner = user(input.owner);
        }
        OrganizationModel org = service.create(input, owner, false, true);
        OrganizationRepresentation rep = service.shapes().organization(org, true, service.orgs().memberCount(org));
        return Response.created(URI.create(org.getId())).entity(rep).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Path("organizations/{org}")
    public OrganizationResource organization(@PathParam("org") String idOrSlug) {
        AdminChecks.requireView(auth);
        OrganizationModel org = service.orgs().byIdOrAlias(idOrSlug);
        if (org == null) {
            throw OrgkitException.notFound("organization not found");
        }
        AdminAccess access = new AdminAccess(session, auth, org);
        access.requireVisible();
        return new OrganizationResource(session, realm, service, access);
    }

    /** Admin endpoints other orgkit jars add, e.g. {@code webhooks}, {@code audit-log}. */
    @Path("{extension}")
    public Object extension(@PathParam("extension") String segment) {
        OrgkitApiExtension extension = session.getProvider(OrgkitApiExtension.class, segment);
        Object resource = extension == null ? null : extension.adminResource(new AdminRequest(session, realm, auth, service.recorder()));
        if (resource == null) {
            throw OrgkitException.notFound("no such endpoint");
        }
        return resource;
    }

    private UserModel user(String idOrUsername) {
        UserModel user = session.users().getUserById(realm, idOrUsername);
        if (user == null) {
            user = session.users().getUserByUsername(realm, idOrUsername);
        }
        if (user == null) {
            throw OrgkitException.badRequest("unknown_user", "there is no user '" + idOrUsername + "'");
        }
        return user;
    }
}
