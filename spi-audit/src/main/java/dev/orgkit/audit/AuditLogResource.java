package dev.orgkit.audit;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.models.KeycloakSession;

import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.organizations.spi.OrgkitFeatures;

/**
 * {@code GET /realms/{realm}/orgkit/organizations/{org}/audit-log} (and the same under the admin
 * API's organizations): the organization's entries, newest first, for holders of
 * {@code org:sys_audit:read}.
 */
public final class AuditLogResource {

    private final KeycloakSession session;
    private final OrgAccess access;

    AuditLogResource(KeycloakSession session, OrgAccess access) {
        this.session = session;
        this.access = access;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntryRepresentation> list(@QueryParam("action") String action, @QueryParam("actor") String actor,
                                               @QueryParam("from") String from, @QueryParam("to") String to,
                                               @QueryParam("first") String first, @QueryParam("max") String max) {
        access.require(AuditFeatureFactory.READ_PERMISSION);
        Paging paging = Paging.of(first, max);
        AuditFilter filter = AuditFilter.parse(name -> OrgkitFeatures.action(session, name).isPresent(), access.org().getId(), action, actor, from, to);
        return new AuditLog(session, session.getContext().getRealm().getId()).search(filter, paging).stream()
                .map(AuditEntryRepresentation::of)
                .toList();
    }

    /** One entry of the organization's log. */
    @GET
    @Path("{entry}")
    @Produces(MediaType.APPLICATION_JSON)
    public AuditEntryRepresentation get(@PathParam("entry") String id) {
        access.require(AuditFeatureFactory.READ_PERMISSION);
        return new AuditLog(session, session.getContext().getRealm().getId()).find(id)
                .filter(entry -> access.org().getId().equals(entry.getOrganizationId()))
                .map(AuditEntryRepresentation::of)
                .orElseThrow(() -> OrgkitException.notFound("audit entry not found"));
    }
}
