package dev.orgkit.security.mfa;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.models.OrganizationModel;

import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.OrgkitException;

/**
 * {@code /admin/realms/{realm}/orgkit/security/organizations/{orgId}}: realm admins read
 * ({@code view-organizations}) and change ({@code manage-organizations}) any organization's
 * security settings.
 */
public final class AdminSecurityResource {

    private final AdminRequest request;

    AdminSecurityResource(AdminRequest request) {
        this.request = request;
    }

    @GET
    @Path("organizations/{org}")
    @Produces(MediaType.APPLICATION_JSON)
    public SecuritySettings get(@PathParam("org") String idOrSlug) {
        OrganizationModel org = organization(idOrSlug);
        if (!request.auth().orgs().canView(org)) {
            throw OrgkitException.forbidden("this requires the admin role view-organizations");
        }
        return SecuritySettings.of(org);
    }

    @PUT
    @Path("organizations/{org}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SecuritySettings update(@PathParam("org") String idOrSlug, Map<String, Object> body) {
        OrganizationModel org = organization(idOrSlug);
        if (!request.auth().orgs().canManage(org)) {
            throw OrgkitException.forbidden("this requires the admin role manage-organizations");
        }
        boolean required = SecuritySettings.parseMfaRequired(body);
        return SecurityChanges.setMfaRequired(request.core(), request.changes(), org, required);
    }

    private OrganizationModel organization(String idOrSlug) {
        if (!request.auth().orgs().canView()) {
            throw OrgkitException.forbidden("this requires the admin role view-organizations");
        }
        return request.core().organizationByIdOrSlug(idOrSlug)
                .orElseThrow(() -> OrgkitException.notFound("organization not found"));
    }
}
