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
