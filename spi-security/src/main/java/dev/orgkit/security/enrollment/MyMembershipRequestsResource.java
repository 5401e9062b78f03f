package dev.orgkit.security.enrollment;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.orgkit.organizations.spi.Paging;

/** {@code /me/membership-requests}: the caller's requests to join suggested organizations. */
public final class MyMembershipRequestsResource {

    private final Suggestions suggestions;

    MyMembershipRequestsResource(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<MembershipRequestRepresentation> list(@QueryParam("first") String first, @QueryParam("max") String max) {
        return suggestions.mine(Paging.of(first, max));
    }

    /** Asks to join an organization of {@code GET /me/organization-suggestions}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(MembershipRequestInput input) {
        return suggestions.create(input);
    }
}
