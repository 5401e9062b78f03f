package dev.orgkit.security.enrollment;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.orgkit.organizations.spi.Paging;

/** {@code /organizations/{org}/membership-requests}: requests to join, for the organization's admins. */
public final class OrgMembershipRequestsResource {

    private final MembershipRequestDecisions decisions;

    OrgMembershipRequestsResource(MembershipRequestDecisions decisions) {
        this.decisions = decisions;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<MembershipRequestRepresentation> list(@QueryParam("status") String status, @QueryParam("first") String first,
                                                      @QueryParam("max") String max) {
        return decisions.list(status, Paging.of(first, max));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public MembershipRequestRepresentation get(@PathParam("id") String id) {
        return decisions.get(id);
    }

    /** The user joins with the realm's default role. */
    @POST
    @Path("{id}/approve")
    @Produces(MediaType.APPLICATION_JSON)
    public MembershipRequestRepresentation approve(@PathParam("id") String id) {
        return decisions.approve(id);
    }

    @POST
    @Path("{id}/reject")
    @Produces(MediaType.APPLICATION_JSON)
    public MembershipRequestRepresentation reject(@PathParam("id") String id) {
        return decisions.reject(id);
    }
}
