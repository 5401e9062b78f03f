package dev.orgkit.security.mfa;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.models.UserSessionModel;

import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.spi.OrgRequest;
import dev.orgkit.organizations.spi.CorePermissions;

/**
 * {@code /realms/{realm}/orgkit/organizations/{org}/security}: members (and superadmins) read the
 * organization's security settings; holders of {@code org:sys_profile:manage} change them.
 * {@code /session} tells the caller whether their session meets them.
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

    /**
     * Whether the caller's session meets the organization's requirements (a second factor where
     * MFA is required). Also the resource's {@code @Path} method, without which Quarkus REST does
     * not serve it (docs/decisions.md).
     */
    @GET
    @Path("session")
    @Produces(MediaType.APPLICATION_JSON)
    public SessionSecurity session() {
        OrgAccess access = request.access();
        access.requireVisible();
        UserSessionModel userSession = access.userSession();
        return SessionSecurity.of(access.org(), userSession);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SecuritySettings update(Map<String, Object> body) {
        OrgAccess access = request.access();
        access.require(CorePermissions.PROFILE_MANAGE);
        access.requireChangeable();
        boolean required = SecuritySettings.parseMfaRequired(body);
        return SecurityChanges.setMfaRequired(request.core(), request.changes(), access.org(), required);
    }
}
