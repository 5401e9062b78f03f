package dev.orgkit.spring;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who calls and in which organization: the claims of the request's access token
 * ({@code sub}, {@code sid}, {@code org_id}, {@code org_slug}, {@code org_role}, {@code org_permissions}).
 * All organization fields are null (permissions empty) when the session has no active organization.
 *
 * <p>{@link #current()} reads it from the SecurityContext of the current request.
 */
public record OrgContext(String userId, String sessionId, String orgId, String orgSlug, String orgRole,
        List<String> orgPermissions) {

    static final OrgContext NONE = new OrgContext(null, null, null, null, null, List.of());

    public OrgContext {
        orgPermissions = orgPermissions == null ? List.of() : List.copyOf(orgPermissions);
    }

    /** The context of the current request; without a JWT authentication, one with every field null. */
    public static OrgContext current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return of(token.getToken());
        }
        return NONE;
    }

    public static OrgContext of(Jwt jwt) {
        List<String> permissions = jwt.hasClaim(OrgClaims.ORG_PERMISSIONS) ? jwt.getClaimAsStringList(OrgClaims.ORG_PERMISSIONS) : List.of();
        return new OrgContext(jwt.getSubject(), jwt.getClaimAsString(OrgClaims.SESSION_ID), jwt.getClaimAsString(OrgClaims.ORG_ID),
                jwt.getClaimAsString(OrgClaims.ORG_SLUG), jwt.getClaimAsString(OrgClaims.ORG_ROLE), permissions);
    }

    /** Whether the session has an active organization. */
    public boolean hasOrganization() {
        return orgId != null;
    }

    /** Clerk's {@code has({ permission })}: the permission is in {@code org_permissions}; false without an active organization. */
    public boolean has(String permission) {
        return hasOrganization() && permission != null && orgPermissions.contains(permission);
    }

    /** Clerk's {@code has({ role })}: {@code org_role} equals the role; false without an active organization. */
    public boolean hasRole(String role) {
        return hasOrganization() && role != null && role.equals(orgRole);
    }
}
