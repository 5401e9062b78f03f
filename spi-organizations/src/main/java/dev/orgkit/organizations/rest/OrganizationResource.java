package dev.orgkit.organizations.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.representation.OrganizationInput;
import dev.orgkit.organizations.representation.OrganizationRepresentation;
import dev.orgkit.organizations.service.OrganizationService;
import dev.orgkit.organizations.representation.Representations;
import dev.orgkit.organizations.spi.OrgRequest;
import dev.orgkit.organizations.representation.Bodies;

/**
 * One organization, for a member (self-service) or a realm admin (admin API); what the caller may
 * do is decided by the {@link OrgAccess} it was built with.
 */
public final class OrganizationResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrganizationService service;
    private final OrgAccess access;

    public OrganizationResource(KeycloakSession session, RealmModel realm, OrganizationService service, OrgAccess access) {
        this.session = session;
        this.realm = realm;
        this.service = service;
        this.access = access;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public OrganizationRepresentation get() {
        access.requireVisible();
        OrganizationModel org = access.org();
        return service.shapes().organization(org, access.privileged(), service.orgs().memberCount(org));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public OrganizationRepresentation update(String body) {
        OrganizationInput input = Bodies.read(body, OrganizationInput.class);
        OrganizationModel org = service.update(access, input);
        return service.shapes().organization(org, access.privileged(), service.orgs().memberCount(org));
    }

    @DELETE
    public Response delete() {
        service.delete(access);
        return Response.noContent().build();
    }

    /** The logo; in the self-service API {@link OrgkitApi#logo} answers this path (its read is public). */
    @Path("logo")
    public LogoResource logo() {
        return LogoResource.checked(session, service, access);
    }

    @Path("members")
    public MembersResource members() {
        return new MembersResource(session, realm, service.members(), access);
    }

    /** Endpoints that other orgkit jars add, e.g. {@code invitations}, {@code audit-log}. */
    @Path("{extension}")
    public Object extension(@PathParam("extension") String segment) {
        return Extensions.locate(session, segment, e -> e.organizationResource(new OrgRequest(session, realm, access, service.recorder())));
    }
}
