package dev.orgkit.organizations.spi;

/** The system permissions the core enforces, for jars whose endpoints act on the same things. */
public final class CorePermissions {

    /** Change an organization's profile (name, description, metadata, its settings). */
    public static final String PROFILE_MANAGE = "org:sys_profile:manage";
    /** Delete the organization. */
    public static final String PROFILE_DELETE = "org:sys_profile:delete";
    /** See the members. */
    public static final String MEMBERSHIPS_READ = "org:sys_memberships:read";
    /** Add, remove and change members (and invite, and decide who joins). */
    public static final String MEMBERSHIPS_MANAGE = "org:sys_memberships:manage";

    private CorePermissions() {
    }
}
