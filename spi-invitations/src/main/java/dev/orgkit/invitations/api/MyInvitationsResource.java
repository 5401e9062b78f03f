package dev.orgkit.invitations.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.orgkit.invitations.service.InvitationAcceptance;
import dev.orgkit.organizations.spi.MeRequest;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.invitations.representation.InvitationRepresentation;

/** {@code /me/invitations}: the pending invitations of the caller's verified email. */
public final class MyInvitationsResource {

    private final MeRequest request;
    private final InvitationAcceptance invitations;

    public MyInvitationsResource(MeRequest request) {
        this.request = request;
        this.invitations = new InvitationAcceptance(request.session(), request.realm(), request.changes());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<InvitationRepresentation> list(@QueryParam("first") String first, @QueryParam("max") String max) {
        return invitations.mine(request.user(), Paging.of(first, max));
    }

    /** Joins the organization with the invited role; it becomes the active organization of the caller's session. */
    @POST
    @Path("{id}/accept")
    @Produces(MediaType.APPLICATION_JSON)
    public InvitationRepresentation accept(@PathParam("id") String id) {
        return invitations.accept(invitations.own(id, request.user()), request.user(),
                request.userSession());
    }

    @POST
    @Path("{id}/decline")
    @Produces(MediaType.APPLICATION_JSON)
    public InvitationRepresentation decline(@PathParam("id") String id) {
        return invitations.decline(invitations.own(id, request.user()), request.user());
    }
}
