package dev.orgkit.organizations.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import dev.orgkit.organizations.access.Caller;
import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.spi.ChangeRecorder;
import dev.orgkit.organizations.representation.RoleRepresentation;
import dev.orgkit.organizations.service.OrganizationService;
import dev.orgkit.organizations.representation.Representations;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.RootRequest;

/**
 * The self-service API at {@code /realms/{realm}/orgkit}: the caller's organizations and active
 * organization, organizations they create or manage, and the role catalog.
 */
public final class OrgkitApi {

    private final KeycloakSession session;
    private final RealmModel realm;

    public OrgkitApi(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @Path("me")
    public Object me() {
        if (Preflight.isPreflight(session)) {
            return new Preflight();
        }
        Caller caller = authenticate();
        return new MeResource(session, realm, caller, service(caller));
    }

    @Path("organizations")
    public Object organizations() {
        if (Preflight.isPreflight(session)) {
            return new Preflight();
        }
        Caller caller = authenticate();
        return new OrganizationsResource(session, realm, caller, service(caller));
    }

    /**
     * An organization's logo. Matched before {@link #organizations}: reading it is public, so the
     * caller is authenticated only for a change.
     */
    @Path("organizations/{org}/logo")
    public LogoResource logo(@PathParam("org") String idOrSlug) {
        if (!Preflight.isPreflight(session) && !realm.isOrganizationsEnabled()) {
            throw OrgkitException.notFound("organizations_disabled", "organizations are not enabled in this realm");
        }
        NativeOrganizations orgs = NativeOrganizations.of(session);
        return LogoResource.publicRead(session, () -> orgs.byId(idOrSlug), () -> {
            Caller caller = authenticate();
            OrganizationService service = service(caller);
            return new LogoResource.Change(service, OrganizationsResource.access(caller, service, idOrSlug));
        });
    }

    /** The role catalog: every role with its permissions. */
    @GET
    @Path("roles")
    @Produces(MediaType.APPLICATION_JSON)
    public List<RoleRepresentation> roles() {
        Caller caller = authenticate();
        return Representations.roles(service(caller).roles().catalog());
    }

    /** Endpoints other orgkit jars add at the root (they authenticate their callers themselves). */
    @Path("{extension}")
    public Object extension(@PathParam("extension") String segment) {
        if (Preflight.isPreflight(session)) {
            return new Preflight();
        }
        if (!realm.isOrganizationsEnabled()) {
            throw OrgkitException.notFound("organizations_disabled",
                    "organizations are not enabled in this realm");
        }
        return Extensions.locate(session, segment, e -> e.rootResource(new RootRequest(session, realm)));
    }

    /** CORS preflight for browser apps calling the API with a token of one of their clients. */
    @OPTIONS
    @Path("roles")
    public Response preflight() {
        return Preflight.answer();
    }

    private Caller authenticate() {
        if (!realm.isOrganizationsEnabled()) {
            throw OrgkitException.notFound("organizations_disabled",
                    "organizations are not enabled in this realm");
        }
        return Caller.authenticate(session);
    }

    private OrganizationService service(Caller caller) {
        AdminEventBuilder adminEvent = new AdminEventBuilder(realm,
                new AdminAuth(realm, caller.token(), caller.user(), caller.client()), session, session.getContext().getConnection());
        ChangeRecorder recorder = new ChangeRecorder(session, realm, caller.actor(), caller.ipAddress(), caller.userAgent(),
                adminEvent);
        return new OrganizationService(session, realm, recorder);
    }
}
