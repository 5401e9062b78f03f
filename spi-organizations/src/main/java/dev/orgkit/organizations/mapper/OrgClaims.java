package dev.orgkit.organizations.mapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.orgkit.organizations.roles.RoleNames;

/**
 * Shapes orgkit's claims. Pure: it gets what the mapper resolved and returns claim name → value.
 *
 * <pre>
 * flat:        org_id, org_slug, org_role, org_permissions (as Clerk's session token v1)
 * compact:     v = 2, fea, o = {id, slg, rol, per, fpm} (as Clerk's session token v2, see {@link ClerkV2Claims})
 * memberships: orgs = {slug: {id, role}} for at most {@code max} organizations, by slug
 * </pre>
 *
 * System permissions ({@code org:sys_*}) are left out of both forms unless the options ask for
 * them: Clerk's session tokens carry custom permissions only.
 */
final class OrgClaims {

    public static final String ORG_ID = "org_id";
    public static final String ORG_SLUG = "org_slug";
    public static final String ORG_ROLE = "org_role";
    public static final String ORG_PERMISSIONS = "org_permissions";
    public static final String COMPACT = ClerkV2Claims.ORGANIZATION;
    public static final String MEMBERSHIPS = "orgs";

    /** The active organization as the mapper resolved it. */
    public record Active(String id, String slug, String role, Set<String> permissions) { }

    /** Which forms the active organization takes, and whether its permissions include orgkit's own. */
    public record Options(boolean flat, boolean compact, boolean systemPermissions) { }

    /** One membership for the {@code orgs} claim. */
    public record Membership(String id, String slug, String role) { }

    private OrgClaims() {
    }

    public static Map<String, Object> active(Active active, Options options) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (active == null) {
            if (options.compact()) {
                claims.putAll(ClerkV2Claims.noOrganization());
            }
            return claims;
        }
        List<String> permissions = active.permissions().stream()
                .filter(p -> options.systemPermissions() || !RoleNames.isSystemPermission(p))
                .sorted()
                .toList();
        if (options.flat()) {
            claims.put(ORG_ID, active.id());
            claims.put(ORG_SLUG, active.slug());
            claims.put(ORG_ROLE, active.role());
            claims.put(ORG_PERMISSIONS, permissions);
        }
        if (options.compact()) {
            claims.putAll(ClerkV2Claims.of(active.id(), active.slug(), active.role(), permissions));
        }
        return claims;
    }

    /** The {@code orgs} claim: memberships sorted by slug, cut at {@code max}. */
    public static Map<String, Object> memberships(List<Membership> memberships, int max) {
        Map<String, Object> bySlug = new LinkedHashMap<>();
        memberships.stream()
                .sorted((a, b) -> a.slug().compareTo(b.slug()))
                .limit(Math.max(0, max))
                .forEach(m -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", m.id());
                    entry.put("role", m.role());
                    bySlug.put(m.slug(), entry);
                });
        return bySlug;
    }
}
