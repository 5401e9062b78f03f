package dev.orgkit.organizations.mapper;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The active organization in Clerk's session token v2 format, so Clerk's own parser
 * ({@code @clerk/shared/jwtPayloadParser}) reads it:
 *
 * <pre>
 * v   = 2
 * fea = "o:&lt;feature&gt;,…"                     the features of the permissions, sorted
 * o   = {id, slg, rol, per, fpm}
 *       rol = the role without "org:"
 *       per = "&lt;permission&gt;,…"              the distinct permission names (after the feature), sorted
 *       fpm = "&lt;mask&gt;,…"                    one decimal bitmask per feature of fea, bit i = per[i]
 * </pre>
 *
 * {@code org:invoices:read}, {@code org:invoices:manage}, {@code org:reports:read} give
 * {@code fea = "o:invoices,o:reports"}, {@code per = "manage,read"}, {@code fpm = "3,2"}. Without
 * permissions {@code fea}, {@code per} and {@code fpm} are left out.
 */
final class ClerkV2Claims {

    public static final String VERSION = "v";
    public static final String FEATURES = "fea";
    public static final String ORGANIZATION = "o";

    private static final int TOKEN_VERSION = 2;
    private static final String ORG_PREFIX = "org:";
    private static final String ORG_SCOPE = "o:";

    private ClerkV2Claims() {
    }

    /** {@code v} alone: a v2 token without an active organization. */
    static Map<String, Object> noOrganization() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(VERSION, TOKEN_VERSION);
        return claims;
    }

    /** {@code v}, {@code fea} and {@code o} for an organization; permissions are {@code org:<feature>:<permission>}. */
    static Map<String, Object> of(String id, String slug, String role, Collection<String> permissions) {
        SortedMap<String, SortedSet<String>> byFeature = new TreeMap<>();
        SortedSet<String> names = new TreeSet<>();
        for (String permission : permissions) {
            String[] parts = permission.split(":", -1);
            if (parts.length != 3 || !parts[0].equals("org") || parts[1].isEmpty() || parts[2].isEmpty()) {
                throw new IllegalArgumentException("a permission is named org:<feature>:<permission>, not " + permission);
            }
            byFeature.computeIfAbsent(parts[1], f -> new TreeSet<>()).add(parts[2]);
            names.add(parts[2]);
        }
        List<String> per = List.copyOf(names);

        Map<String, Object> claims = noOrganization();
        if (!byFeature.isEmpty()) {
            claims.put(FEATURES, String.join(",", byFeature.keySet().stream().map(f -> ORG_SCOPE + f).toList()));
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("slg", slug);
        o.put("rol", role != null && role.startsWith(ORG_PREFIX) ? role.substring(ORG_PREFIX.length()) : role);
        if (!per.isEmpty()) {
            o.put("per", String.join(",", per));
            List<String> masks = new ArrayList<>();
            byFeature.values().forEach(held -> masks.add(mask(per, held).toString()));
            o.put("fpm", String.join(",", masks));
        }
        claims.put(ORGANIZATION, o);
        return claims;
    }

    /** Bit i set when {@code held} has {@code per[i]}; the first permission is the least significant bit. */
    private static BigInteger mask(List<String> per, SortedSet<String> held) {
        BigInteger mask = BigInteger.ZERO;
        for (int i = 0; i < per.size(); i++) {
            if (held.contains(per.get(i))) {
                mask = mask.setBit(i);
            }
        }
        return mask;
    }
}
