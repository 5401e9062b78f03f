package dev.orgkit.invitations.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.util.JsonSerialization;

import dev.orgkit.invitations.service.InvitationService;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.OrgRequest;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.invitations.representation.InvitationInput;
import dev.orgkit.invitations.representation.InvitationRepresentation;

/** {@code /organizations/{org}/invitations}, for members with {@code org:sys_memberships:manage}, superadmins and realm admins. */
public final class OrgInvitationsResource {

    private static final ObjectMapper STRICT = JsonSerialization.mapper.copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final InvitationService service;

    public OrgInvitationsResource(OrgRequest request) {
        this.service = new InvitationService(request.session(), request.realm(), request.access(), request.changes());
    }

    /** One invitation (a JSON object) or up to 50 (a JSON array), created all or none. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(JsonNode body) {
        if (body == null || !(body.isObject() || body.isArray())) {
            throw OrgkitException.invalid("a JSON object {\"email\", \"role\", ...} or an array of them is required");
        }
        List<InvitationInput> inputs = new ArrayList<>();
        if (body.isArray()) {
            for (int i = 0; i < body.size(); i++) {
                inputs.add(read(body.get(i), "invitations[" + i + "]: "));
            }
        } else {
            inputs.add(read(body, ""));
        }
        List<InvitationRepresentation> created = service.create(inputs);
        Object entity = body.isArray() ? created : created.get(0);
        return Response.status(Response.Status.CREATED).entity(entity).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Invitations, newest first; {@code status} filters (comma separated: pending, accepted, revoked, declined, expired). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<InvitationRepresentation> list(@QueryParam("status") String status, @QueryParam("first") String first,
                                               @QueryParam("max") String max) {
        return service.list(status, Paging.of(first, max));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public InvitationRepresentation get(@PathParam("id") String id) {
        return service.get(id);
    }

    /** A new link (the old one stops working) and a new email. */
    @POST
    @Path("{id}/resend")
    @Produces(MediaType.APPLICATION_JSON)
    public InvitationRepresentation resend(@PathParam("id") String id) {
        return service.resend(id);
    }

    /** Revokes a pending invitation; answers it with status {@code revoked}. */
    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public InvitationRepresentation revoke(@PathParam("id") String id) {
        return service.revoke(id);
    }

    private static InvitationInput read(JsonNode node, String prefix) {
        if (node == null || !node.isObject()) {
            throw OrgkitException.invalid(prefix + "each invitation must be a JSON object");
        }
        try {
            return STRICT.treeToValue(node, InvitationInput.class);
        } catch (Exception e) {
            throw OrgkitException.invalid(prefix + "invalid invitation: expected email (or email_address), role, redirect_uri, expires_in_days, replace, "
                    + "public_metadata and private_metadata (JSON objects)");
        }
    }
}
