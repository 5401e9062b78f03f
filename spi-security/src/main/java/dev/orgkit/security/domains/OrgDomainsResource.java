package dev.orgkit.security.domains;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /organizations/{org}/domains}: the organization's domains, their verification and enrollment mode. */
public final class OrgDomainsResource {

    private final DomainService domains;

    OrgDomainsResource(DomainService domains) {
        this.domains = domains;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<DomainRepresentation> list() {
        return domains.list();
    }

    /** Adds an unverified domain; the answer carries the TXT record to publish. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(DomainInput input) {
        return domains.add(input);
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public DomainRepresentation get(@PathParam("name") String name) {
        return domains.get(name);
    }

    /** Changes the enrollment mode. */
    @PATCH
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public DomainRepresentation update(@PathParam("name") String name, DomainInput input) {
        return domains.update(name, input);
    }

    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        domains.delete(name);
        return Response.noContent().build();
    }

    /** Looks the TXT record up and marks the domain verified (409 with what was expected and found otherwise). */
    @POST
    @Path("{name}/verify")
    @Produces(MediaType.APPLICATION_JSON)
    public DomainRepresentation verify(@PathParam("name") String name) {
        return domains.verify(name);
    }
}
