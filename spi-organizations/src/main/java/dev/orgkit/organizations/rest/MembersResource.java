package dev.orgkit.organizations.rest;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.representation.MemberInput;
import dev.orgkit.organizations.representation.MemberRepresentation;
import dev.orgkit.organizations.service.MemberService;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.organizations.representation.Representations;
import dev.orgkit.organizations.representation.Bodies;

/** {@code /organizations/{org}/members}. */
public final class MembersResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final MemberService members;
    private final OrgAccess access;

    MembersResource(KeycloakSession session, RealmModel realm, MemberService members, OrgAccess access) {
        this.session = session;
        this.realm = realm;
        this.members = members;
        this.access = access;
    }

    private Representations shapes() {
        return Representations.of(session, realm);
    }

    /** Members with their roles; {@code search} matches username, email, first or last name. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<MemberRepresentation> list(@QueryParam("search") String search, @QueryParam("first") String first,
                                           @QueryParam("max") String max) {
        return shapes().members(members.list(access, search, Paging.of(first, max)), access.privileged());
    }

    @GET
    @Path("{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public MemberRepresentation get(@PathParam("userId") String userId) {
        return shapes().member(members.get(access, userId), access.privileged());
    }

    /**
     * Adds an existing user directly, without an invitation: realm admins and superadmins only
     * (members invite instead).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(String body) {
        MemberInput input = Bodies.read(body, MemberInput.class);
        access.requireVisible();
        if (!access.privileged()) {
            throw OrgkitException.forbidden("adding existing users directly is for realm admins and superadmins");
        }
        if (input == null || input.user == null || input.user.isBlank()) {
            throw OrgkitException.invalid("user (an id or username) is required");
        }
        UserModel user = session.users().getUserById(realm, input.user.trim());
        if (user == null) {
            user = session.users().getUserByUsername(realm, input.user.trim());
        }
        if (user == null) {
            throw OrgkitException.notFound("user not found");
        }
        MemberRepresentation rep = shapes().member(members.add(access, user, input.role), access.privileged());
        return Response.status(Response.Status.CREATED).entity(rep).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Changes a member's role ({@code {"role": "org:admin"}}) and/or replaces their metadata
     * ({@code public_metadata}, {@code private_metadata}).
     */
    @PATCH
    @Path("{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public MemberRepresentation changeRole(@PathParam("userId") String userId, String body) {
        MemberInput input = Bodies.read(body, MemberInput.class);
        if (input == null) {
            throw OrgkitException.invalid("a JSON body {\"role\": \"...\"} is required");
        }
        if (input.user != null) {
            throw OrgkitException.invalid("user cannot be changed");
        }
        if (input.role == null && input.publicMetadata == null && input.privateMetadata == null) {
            throw OrgkitException.invalid("role, public_metadata or private_metadata is required");
        }
        if (input.role != null) {
            members.changeRole(access, userId, input.role);
        }
        if (input.publicMetadata != null || input.privateMetadata != null) {
            members.changeMetadata(access, userId, input.publicMetadata, input.privateMetadata);
        }
        return shapes().member(members.get(access, userId), access.privileged());
    }

    /** Removes a member; when {@code userId} is the caller, the caller leaves. */
    @DELETE
    @Path("{userId}")
    public Response remove(@PathParam("userId") String userId) {
        members.remove(access, userId);
        return Response.noContent().build();
    }
}
