package dev.orgkit.security.mfa;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.orgkit.organizations.access.OrgAccess;
import dev.orgkit.organizations.rest.OrgRequest;
import dev.orgkit.organizations.roles.RoleNames;

/**
 * {@code /realms/{realm}/orgkit/organizations/{org}/security}: members (and superadmins) read the
 * organization's security settings; holders of {@code org:sys_profile:manage} change them.
 */
public final class OrgSecurityResource {

    private final OrgRequest request;

    OrgSecurityResource(OrgRequest request) {
        this.request = request;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SecuritySettings get() {
        OrgAccess access = request.access();
        access.requireVisible();
        return SecuritySettings.of(access.org());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SecuritySettings update(Map<String, Object> body) {
        OrgAccess access = request.access();
        access.require(RoleNames.PROFILE_MANAGE);
        access.requireChangeable();
        boolean required = SecuritySettings.parseMfaRequired(body);
        return SecurityChanges.setMfaRequired(request.session(), request.service().recorder(), access.org(), required);
    }
}
