package dev.orgkit.organizations.spi;

/**
 * A permission a jar enforces itself, named {@code org:sys_<feature>:<permission>}. Every
 * {@code org:admin} holds it; a new realm's {@code org:member} holds it too when {@code memberHolds}.
 */
public record SystemPermission(String name, boolean memberHolds) {

    public SystemPermission {
        if (name == null || !name.matches("org:sys_[a-z][a-z0-9_]{0,58}:[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("a system permission is named org:sys_<feature>:<permission>, not " + name);
        }
    }

    public static SystemPermission adminOnly(String name) {
        return new SystemPermission(name, false);
    }

    public static SystemPermission forMembers(String name) {
        return new SystemPermission(name, true);
    }
}
