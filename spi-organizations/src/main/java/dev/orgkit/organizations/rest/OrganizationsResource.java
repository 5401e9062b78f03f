package dev.orgkit.organizations.rest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

import dev.orgkit.organizations.access.Caller;
import dev.orgkit.organizations.access.MemberAccess;
import dev.orgkit.organizations.representation.OrganizationInput;
import dev.orgkit.organizations.representation.OrganizationRepresentation;
import dev.orgkit.organizations.service.OrganizationService;
import dev.orgkit.organizations.representation.Representations;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.organizations.representation.Bodies;

/** {@code /organizations}: create one (policy-checked), or address one by id or slug. */
public final class OrganizationsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Caller caller;
    private final OrganizationService service;

    OrganizationsResource(KeycloakSession session, RealmModel realm, Caller caller, OrganizationService service) {
        this.session = session;
        this.realm = realm;
        this.caller = caller;
        this.service = service;
    }

    /**
     * Creates an organization with the caller as its first {@code org:admin}. Ordinary users are
     * bound by the realm's creation policy; superadmins and realm organization admins are not.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        OrganizationInput input = Bodies.read(body, OrganizationInput.class);
        if (input != null && input.owner != null) {
            throw OrgkitException.invalid("owner is set by the admin API only; the caller becomes the owner");
        }
        boolean privileged = caller.isSuperadmin() || caller.isOrganizationAdmin();
        OrganizationModel org = service.create(input, caller.user(), !privileged, caller.isSuperadmin());
        OrganizationRepresentation rep = service.shapes().organization(org, caller.isSuperadmin(), service.orgs().memberCount(org));
        return Response.created(URI.create(org.getId())).entity(rep).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Every organization of the realm, for superadmins only. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<OrganizationRepresentation> list(@QueryParam("search") String search, @QueryParam("first") String first,
                                                 @QueryParam("max") String max) {
        Paging paging = Paging.of(first, max);
        if (!caller.isSuperadmin()) {
            throw OrgkitException.forbidden("listing every organization is for superadmins; see /me/organizations");
        }
        return service.shapes().prefetch(service.orgs().search(search, paging.first(), paging.max()).toList()).stream()
                .map(org -> service.shapes().organization(org, true, null))
                .toList();
    }

    @Path("{org}")
    public OrganizationResource organization(@PathParam("org") String idOrSlug) {
        return new OrganizationResource(session, realm, service, access(caller, service, idOrSlug));
    }

    /** The caller's access to an organization by id or slug; 404 when it does not exist or the caller may not see it. */
    static MemberAccess access(Caller caller, OrganizationService service, String idOrSlug) {
        OrganizationModel org = service.orgs().byIdOrAlias(idOrSlug);
        if (org == null) {
            throw OrgkitException.notFound("organization not found");
        }
        MemberAccess access = new MemberAccess(caller, org, service.orgs(), service.roles());
        access.requireVisible();
        return access;
    }
}
