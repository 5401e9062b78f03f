package dev.orgkit.organizations.mapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shapes orgkit's claims. Pure: it gets what the mapper resolved and returns claim name → value.
 *
 * <pre>
 * flat:        org_id, org_slug, org_role, org_permissions
 * compact:     o = {id, slg, rol, per}   (role and permissions without the "org:" prefix, per comma separated)
 * memberships: orgs = {slug: {id, role}} for at most {@code max} organizations, by slug
 * </pre>
 */
final class OrgClaims {

    public static final String ORG_ID = "org_id";
    public static final String ORG_SLUG = "org_slug";
    public static final String ORG_ROLE = "org_role";
    public static final String ORG_PERMISSIONS = "org_permissions";
    public static final String COMPACT = "o";
    public static final String MEMBERSHIPS = "orgs";

    /** The active organization as the mapper resolved it. */
    public record Active(String id, String slug, String role, Set<String> permissions) { }

    /** One membership for the {@code orgs} claim. */
    public record Membership(String id, String slug, String role) { }

    private OrgClaims() {
    }

    public static Map<String, Object> active(Active active, boolean flat, boolean compact) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (active == null) {
            return claims;
        }
        List<String> permissions = new ArrayList<>(active.permissions());
        permissions.sort(null);
        if (flat) {
            claims.put(ORG_ID, active.id());
            claims.put(ORG_SLUG, active.slug());
            claims.put(ORG_ROLE, active.role());
            claims.put(ORG_PERMISSIONS, permissions);
        }
        if (compact) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", active.id());
            o.put("slg", active.slug());
            o.put("rol", stripPrefix(active.role()));
            o.put("per", String.join(",", permissions.stream().map(OrgClaims::stripPrefix).toList()));
            claims.put(COMPACT, o);
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

    static String stripPrefix(String name) {
        return name != null && name.startsWith("org:") ? name.substring(4) : name;
    }
}
