package dev.orgkit.organizations.spi;

import java.util.Set;

/**
 * A role of the catalog with the permissions it holds.
 *
 * @param name e.g. {@code org:admin}
 * @param description may be null
 * @param permissions sorted permission names
 */
public record OrgRole(String name, String description, Set<String> permissions) {

    public boolean has(String permission) {
        return permissions.contains(permission);
    }
}
