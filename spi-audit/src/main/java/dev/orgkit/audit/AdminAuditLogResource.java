package dev.orgkit.audit;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.spi.Paging;
import dev.orgkit.organizations.spi.OrgkitFeatures;

/**
 * {@code GET /admin/realms/{realm}/orgkit/audit-log}: every organization's entries and the
 * realm-level ones (policy, role catalog), for realm admins with {@code view-organizations}.
 * {@code organization} narrows to one organization (by id).
 */
public final class AdminAuditLogResource {

    private final AdminRequest request;

    AdminAuditLogResource(AdminRequest request) {
        this.request = request;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntryRepresentation> list(@QueryParam("organization") String organization,
                                               @QueryParam("action") String action, @QueryParam("actor") String actor,
                                               @QueryParam("from") String from, @QueryParam("to") String to,
                                               @QueryParam("first") String first, @QueryParam("max") String max) {
        requireView();
        Paging paging = Paging.of(first, max);
        AuditFilter filter = AuditFilter.parse(name -> OrgkitFeatures.action(request.session(), name).isPresent(), organization, action, actor, from, to);
        return new AuditLog(request.session(), request.realm().getId()).search(filter, paging).stream()
                .map(AuditEntryRepresentation::of)
                .toList();
    }

    /** One entry of the realm's log. */
    @GET
    @Path("{entry}")
    @Produces(MediaType.APPLICATION_JSON)
    public AuditEntryRepresentation get(@PathParam("entry") String id) {
        requireView();
        return new AuditLog(request.session(), request.realm().getId()).find(id)
                .map(AuditEntryRepresentation::of)
                .orElseThrow(() -> OrgkitException.notFound("audit entry not found"));
    }

    private void requireView() {
        if (!request.auth().orgs().canView()) {
            throw OrgkitException.forbidden("this requires the admin role view-organizations");
        }
    }
}
