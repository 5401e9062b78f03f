package dev.orgkit.organizations.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;

import dev.orgkit.organizations.access.Caller;
import dev.orgkit.organizations.active.ActivationChecks;
import dev.orgkit.organizations.active.ActiveOrganization;
import dev.orgkit.organizations.representation.ActiveOrganizationInput;
import dev.orgkit.organizations.representation.ActiveOrganizationRepresentation;
import dev.orgkit.organizations.representation.MembershipRepresentation;
import dev.orgkit.organizations.representation.OrganizationCreationRepresentation;
import dev.orgkit.organizations.roles.MemberRoles;
import dev.orgkit.organizations.service.CreationAllowance;
import dev.orgkit.organizations.service.OrganizationService;
import dev.orgkit.organizations.representation.Representations;
import dev.orgkit.organizations.spi.MeRequest;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.organizations.representation.Bodies;

/** {@code /me}: the caller's organizations and the active organization of the caller's session. */
public final class MeResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Caller caller;
    private final OrganizationService service;
    private final ActiveOrganization active;

    MeResource(KeycloakSession session, RealmModel realm, Caller caller, OrganizationService service) {
        this.session = session;
        this.realm = realm;
        this.caller = caller;
        this.service = service;
        this.active = new ActiveOrganization(service.orgs(), new ActivationChecks(session)::allow);
    }

    /** The caller's organizations, by name, with the caller's role and the active one marked. */
    @GET
    @Path("organizations")
    @Produces(MediaType.APPLICATION_JSON)
    public List<MembershipRepresentation> organizations(@QueryParam("first") String first, @QueryParam("max") String max) {
        Paging paging = Paging.of(first, max);
        MemberRoles roles = service.roles();
        String activeId = activeOrganization().map(OrganizationModel::getId).orElse(null);
        List<OrganizationModel> page = service.orgs().ofMember(caller.user())
                .sorted(Comparator.comparing(OrganizationModel::getName, String.CASE_INSENSITIVE_ORDER))
                .skip(paging.first())
                .limit(paging.max())
                .toList();
        return service.shapes().prefetch(page).stream()
                .map(org -> service.shapes().membership(org, roles.roleOf(org, caller.user()), org.getId().equals(activeId)))
                .toList();
    }

    @GET
    @Path("active-organization")
    @Produces(MediaType.APPLICATION_JSON)
    public ActiveOrganizationRepresentation getActive() {
        return represent(activeOrganization());
    }

    /**
     * Switches the active organization of the caller's session (only this session); the next token
     * refresh carries the new claims. {@code {"organization": null}} clears it.
     */
    @PUT
    @Path("active-organization")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ActiveOrganizationRepresentation setActive(String body) {
        ActiveOrganizationInput input = Bodies.read(body, ActiveOrganizationInput.class);
        if (input == null) {
            throw OrgkitException.invalid("a JSON body {\"organization\": \"<id or slug>\" | null} is required");
        }
        UserSessionModel userSession = requireSession();
        if (input.organization == null) {
            active.switchTo(session, userSession, null);
            return represent(Optional.empty());
        }
        OrganizationModel org = service.orgs().byIdOrAlias(input.organization.trim());
        if (org == null || !service.orgs().isMember(org, caller.user())) {
            throw OrgkitException.notFound("organization not found among your organizations");
        }
        if (!org.isEnabled()) {
            throw OrgkitException.forbidden("organization_disabled", "a disabled organization cannot be made active");
        }
        new ActivationChecks(session).refusal(userSession, org).ifPresent(refused -> {
            throw refused.toException();
        });
        active.switchTo(session, userSession, org);
        return represent(Optional.of(org));
    }

    /**
     * Whether the caller may create an organization now (realm policy and the caller's limit) and
     * the slug rules, for forms that validate as the user types; {@code POST /organizations} checks again.
     */
    @GET
    @Path("organization-creation")
    @Produces(MediaType.APPLICATION_JSON)
    public OrganizationCreationRepresentation organizationCreation() {
        boolean unbound = caller.isSuperadmin() || caller.isOrganizationAdmin();
        CreationAllowance allowance = CreationAllowance.of(service.policy(), service.orgs(), caller.user(), unbound);
        return Representations.creation(allowance.allowed(), allowance.reason(), allowance.limit(), allowance.created(),
                allowance.reservedSlugs());
    }

    /** Endpoints that other orgkit jars add under {@code /me}, e.g. {@code /me/invitations}. */
    @Path("{extension}")
    public Object extension(@PathParam("extension") String segment) {
        return Extensions.locate(session, segment, e -> e.meResource(new MeRequest(session, realm, caller.user(), caller.userSession(), service.recorder())));
    }

    private Optional<OrganizationModel> activeOrganization() {
        UserSessionModel userSession = caller.userSession();
        return userSession == null ? Optional.empty() : active.current(userSession);
    }

    private UserSessionModel requireSession() {
        UserSessionModel userSession = caller.userSession();
        if (userSession == null) {
            throw OrgkitException.badRequest("no_session", "this token has no user session (e.g. a client credentials token); "
                    + "an active organization belongs to a user session");
        }
        return userSession;
    }

    private ActiveOrganizationRepresentation represent(Optional<OrganizationModel> org) {
        ActiveOrganizationRepresentation rep = new ActiveOrganizationRepresentation();
        rep.organization = org.map(o -> service.shapes().membership(o, service.roles().roleOf(o, caller.user()), null))
                .orElse(null);
        return rep;
    }
}
