package dev.orgkit.organizations.roles;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.orgkit.organizations.spi.CorePermissions;
import dev.orgkit.organizations.spi.SystemPermission;

/**
 * Names in the catalog, Clerk style: roles are {@code org:<role>}, permissions are
 * {@code org:<feature>:<permission>}. Features starting with {@code sys_} are orgkit's own.
 */
public final class RoleNames {

    public static final String ADMIN = "org:admin";
    public static final String MEMBER = "org:member";

    public static final String PROFILE_MANAGE = CorePermissions.PROFILE_MANAGE;
    public static final String PROFILE_DELETE = CorePermissions.PROFILE_DELETE;
    public static final String MEMBERSHIPS_READ = CorePermissions.MEMBERSHIPS_READ;
    public static final String MEMBERSHIPS_MANAGE = CorePermissions.MEMBERSHIPS_MANAGE;

    /** The system permissions the core enforces itself; other jars declare theirs (see {@code OrgkitFeature}). */
    public static final List<SystemPermission> CORE_PERMISSIONS = List.of(SystemPermission.adminOnly(PROFILE_MANAGE),
            SystemPermission.adminOnly(PROFILE_DELETE), SystemPermission.forMembers(MEMBERSHIPS_READ),
            SystemPermission.adminOnly(MEMBERSHIPS_MANAGE));

    private static final Pattern ROLE = Pattern.compile("org:[a-z][a-z0-9_]{0,62}");
    private static final Pattern PERMISSION = Pattern.compile("org:[a-z][a-z0-9_]{0,62}:[a-z][a-z0-9_]{0,62}");

    private RoleNames() {
    }

    public static boolean isRole(String name) {
        return name != null && ROLE.matcher(name).matches();
    }

    public static boolean isPermission(String name) {
        return name != null && PERMISSION.matcher(name).matches();
    }

    public static boolean isSystemPermission(String name) {
        return isPermission(name) && name.startsWith("org:sys_");
    }

    /**
     * A readable name derived from a role's or permission's key, for when the catalog sets none:
     * roles by their name ({@code org:billing_manager} is "Billing manager"), permissions as the
     * action on the feature ({@code org:invoices:read} is "Read invoices", {@code org:sys_memberships:manage}
     * "Manage memberships": orgkit's {@code sys_} prefix is left out). Anything else is shown as it is.
     */
    public static String readable(String key) {
        if (isRole(key)) {
            return sentence(key.substring("org:".length()));
        }
        if (isPermission(key)) {
            String[] parts = key.split(":");
            String feature = parts[1].startsWith("sys_") && parts[1].length() > 4 ? parts[1].substring(4) : parts[1];
            return sentence(parts[2] + "_" + feature);
        }
        return key;
    }

    /** {@code billing_manager} → "Billing manager". */
    private static String sentence(String words) {
        String spaced = words.replace('_', ' ').trim().replaceAll(" +", " ");
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Why {@code name} cannot be a new custom role, or empty. */
    public static Optional<String> roleProblem(String name) {
        if (!isRole(name)) {
            return Optional.of("a role is named org:<name>, with lowercase letters, digits and underscores (e.g. org:billing)");
        }
        if (name.startsWith("org:sys_")) {
            return Optional.of("roles starting with org:sys_ are reserved");
        }
        return Optional.empty();
    }

    /** Why {@code name} cannot be a new custom permission, or empty. */
    public static Optional<String> permissionProblem(String name) {
        if (!isPermission(name)) {
            return Optional.of("a permission is named org:<feature>:<permission>, with lowercase letters, digits and "
                    + "underscores (e.g. org:invoices:read)");
        }
        if (isSystemPermission(name)) {
            return Optional.of("permissions of features starting with sys_ are orgkit's own");
        }
        return Optional.empty();
    }
}
