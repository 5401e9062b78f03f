package dev.orgkit.organizations.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.keycloak.models.RoleModel;

import dev.orgkit.organizations.events.CoreActions;
import dev.orgkit.organizations.representation.PermissionRepresentation;
import dev.orgkit.organizations.representation.Representations;
import dev.orgkit.organizations.representation.RoleRepresentation;
import dev.orgkit.organizations.roles.RoleCatalog;
import dev.orgkit.organizations.roles.RoleNames;
import dev.orgkit.organizations.spi.ChangeRecorder;

/**
 * The catalog's writes through the admin API (validated by {@link CatalogResource}), each real change
 * recorded once, with the role or permission in its one shape: {@code role.created|updated|deleted},
 * {@code permission.created|updated|deleted}. A write that changes nothing records nothing and
 * leaves {@code updated_at} alone; a role that gains or loses a permission, also by the permission's
 * deletion, gets {@code role.updated}.
 */
final class CatalogChanges {

    /** A role or permission after a save, and whether the save created it. */
    record Saved(Object representation, boolean created) {
    }

    private final RoleCatalog catalog;
    private final ChangeRecorder recorder;

    CatalogChanges(RoleCatalog catalog, ChangeRecorder recorder) {
        this.catalog = catalog;
        this.recorder = recorder;
    }

    /**
     * Creates the role {@code name} (when {@code existing} is null) or updates it.
     *
     * @param description null leaves it as it is
     * @param permissions the permissions the role holds directly afterwards (checked by the caller); null leaves them
     */
    Saved saveRole(String name, RoleModel existing, String readableName, String description, List<RoleModel> permissions) {
        boolean created = existing == null;
        RoleModel role = created ? catalog.add(name) : existing;
        Set<String> before = created ? Set.of() : catalog.permissionsOf(role);
        boolean renamed = rename(role, readableName);
        boolean describedAnew = description != null && !description.equals(role.getDescription());
        if (describedAnew) {
            role.setDescription(description);
        }
        if (permissions != null) {
            setPermissions(role, permissions);
        }
        Set<String> after = catalog.permissionsOf(role);
        if (!created && !renamed && !describedAnew && before.equals(after)) {
            return new Saved(Representations.role(catalog, role), false);
        }
        if (!created) {
            RoleCatalog.touch(role);
        }
        RoleRepresentation rep = Representations.role(catalog, role);
        recorder.record(created ? CoreActions.ROLE_CREATED : CoreActions.ROLE_UPDATED, null, "role", role.getId(), rep,
                roleDetails(name, before, after));
        return new Saved(rep, created);
    }

    /** Creates the permission {@code name} (when {@code existing} is null) or changes its description. */
    Saved savePermission(String name, RoleModel existing, String readableName, String description) {
        boolean created = existing == null;
        RoleModel permission = created ? catalog.add(name) : existing;
        boolean renamed = rename(permission, readableName);
        boolean describedAnew = description != null && !description.equals(permission.getDescription());
        if (describedAnew) {
            permission.setDescription(description);
        }
        if (!created && !renamed && !describedAnew) {
            return new Saved(Representations.permission(permission), false);
        }
        if (!created) {
            RoleCatalog.touch(permission);
        }
        PermissionRepresentation rep = Representations.permission(permission);
        recorder.record(created ? CoreActions.PERMISSION_CREATED : CoreActions.PERMISSION_UPDATED, null, "permission",
                permission.getId(), rep, Map.of("key", name));
        return new Saved(rep, created);
    }

    /**
     * Gives a role or permission a new readable name ({@code orgkit.name}); null or the name it
     * already reads as changes nothing. Answers whether it changed.
     */
    private static boolean rename(RoleModel role, String readableName) {
        if (readableName == null || readableName.equals(RoleCatalog.readableName(role))) {
            return false;
        }
        role.setSingleAttribute(RoleCatalog.NAME_ATTRIBUTE, readableName);
        return true;
    }

    /** Deletes a role; roles that held it as a composite and so lose permissions get {@code role.updated}. */
    void deleteRole(RoleModel role) {
        RoleRepresentation was = Representations.role(catalog, role);
        List<Runnable> updates = detach(role);
        catalog.client().removeRole(role);
        updates.forEach(Runnable::run);
        recorder.record(CoreActions.ROLE_DELETED, null, "role", was.id, was, Map.of("key", was.key));
    }

    /** Deletes a permission; every role that held it gets {@code role.updated} first. */
    void deletePermission(RoleModel permission) {
        PermissionRepresentation was = Representations.permission(permission);
        List<Runnable> updates = detach(permission);
        catalog.client().removeRole(permission);
        updates.forEach(Runnable::run);
        recorder.record(CoreActions.PERMISSION_DELETED, null, "permission", was.id, was, Map.of("key", was.key));
    }

    /**
     * Takes {@code gone} out of every other role of the catalog that has it as a composite (before it is
     * removed, so no role read later in this transaction still shows it) and answers the
     * {@code role.updated} records of the roles whose permissions that changes.
     */
    private List<Runnable> detach(RoleModel gone) {
        Map<RoleModel, Set<String>> before = new LinkedHashMap<>();
        for (RoleModel role : catalog.roleModels()) {
            if (!role.getId().equals(gone.getId())) {
                before.put(role, catalog.permissionsOf(role));
            }
        }
        for (RoleModel role : before.keySet()) {
            if (role.getCompositesStream().anyMatch(c -> c.getId().equals(gone.getId()))) {
                role.removeCompositeRole(gone);
            }
        }
        List<Runnable> updates = new ArrayList<>();
        before.forEach((role, had) -> {
            Set<String> has = catalog.permissionsOf(role);
            if (!had.equals(has)) {
                RoleCatalog.touch(role);
                RoleRepresentation rep = Representations.role(catalog, role);
                Map<String, String> details = roleDetails(role.getName(), had, has);
                updates.add(() -> recorder.record(CoreActions.ROLE_UPDATED, null, "role", rep.id, rep, details));
            }
        });
        return updates;
    }

    /** The role's direct catalog permissions become exactly {@code wanted}; other composites stay. */
    private void setPermissions(RoleModel role, List<RoleModel> wanted) {
        Set<String> target = new HashSet<>();
        wanted.forEach(p -> target.add(p.getId()));
        role.getCompositesStream()
                .filter(catalog::isCatalogRole)
                .filter(p -> RoleNames.isPermission(p.getName()) && !target.contains(p.getId()))
                .toList()
                .forEach(role::removeCompositeRole);
        for (RoleModel p : wanted) {
            if (!role.hasRole(p)) {
                role.addCompositeRole(p);
            }
        }
    }

    private static Map<String, String> roleDetails(String key, Set<String> before, Set<String> after) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("key", key);
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        if (!added.isEmpty()) {
            details.put("permissions_added", String.join(",", added));
        }
        if (!removed.isEmpty()) {
            details.put("permissions_removed", String.join(",", removed));
        }
        return details;
    }
}
