package dev.orgkit.organizations.roles;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.keycloak.common.util.Time;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.organizations.spi.OrgkitFeatures;
import dev.orgkit.organizations.spi.SystemPermission;

/**
 * The realm's catalog of org roles and permissions: the client roles of one dedicated client,
 * {@value #CLIENT_ID}. A role's permissions are its composites. Realm admins can edit all of it in
 * the admin console; orgkit only makes sure the built-in roles and permissions exist.
 */
public final class RoleCatalog {

    public static final String CLIENT_ID = "orgkit-roles";
    /** Role attribute: the readable {@code name} shown for a role or permission; else {@link RoleNames#readable}. */
    public static final String NAME_ATTRIBUTE = "orgkit.name";
    /** Role attribute: epoch milliseconds when orgkit created the role or permission. */
    public static final String CREATED_AT_ATTRIBUTE = "orgkit.created_at";
    /** Role attribute: epoch milliseconds of orgkit's last change to it. */
    public static final String UPDATED_AT_ATTRIBUTE = "orgkit.updated_at";

    private final RealmModel realm;
    private final ClientModel client;

    private RoleCatalog(RealmModel realm, ClientModel client) {
        this.realm = realm;
        this.client = client;
    }

    /** The catalog if the realm has one, read-only use (no writes). */
    public static Optional<RoleCatalog> find(RealmModel realm) {
        ClientModel client = realm.getClientByClientId(CLIENT_ID);
        return client == null ? Optional.empty() : Optional.of(new RoleCatalog(realm, client));
    }

    /**
     * The catalog, created if missing, with {@code org:admin}, {@code org:member} and the system
     * permissions present and {@code org:admin} holding every system permission.
     */
    public static RoleCatalog ensure(KeycloakSession session, RealmModel realm) {
        Collection<SystemPermission> permissions = OrgkitFeatures.permissions(session).values();
        ClientModel client = realm.getClientByClientId(CLIENT_ID);
        if (client == null) {
            client = realm.addClient(CLIENT_ID);
            client.setName("orgkit roles and permissions");
            client.setDescription("Catalog of organization roles (org:<role>) and permissions (org:<feature>:<permission>). "
                    + "A role's permissions are its composite roles. Managed by orgkit; not a login client.");
            client.setProtocol("openid-connect");
            client.setBearerOnly(true);
            client.setPublicClient(false);
            client.setStandardFlowEnabled(false);
            client.setImplicitFlowEnabled(false);
            client.setDirectAccessGrantsEnabled(false);
            client.setServiceAccountsEnabled(false);
            client.setFullScopeAllowed(false);
            client.setEnabled(true);
        }
        RoleCatalog catalog = new RoleCatalog(realm, client);
        for (SystemPermission permission : permissions) {
            catalog.roleModel(permission.name(), "orgkit system permission");
        }
        RoleModel admin = catalog.roleModel(RoleNames.ADMIN, "Organization administrator: every system permission");
        boolean adminChanged = false;
        for (SystemPermission permission : permissions) {
            RoleModel p = client.getRole(permission.name());
            if (!admin.hasRole(p)) {
                admin.addCompositeRole(p);
                adminChanged = true;
            }
        }
        if (adminChanged) {
            touch(admin);
        }
        if (client.getRole(RoleNames.MEMBER) == null) {
            RoleModel member = catalog.roleModel(RoleNames.MEMBER, "Organization member");
            for (SystemPermission permission : permissions) {
                if (permission.memberHolds()) {
                    member.addCompositeRole(client.getRole(permission.name()));
                }
            }
        }
        return catalog;
    }

    private RoleModel roleModel(String name, String description) {
        RoleModel role = client.getRole(name);
        if (role == null) {
            role = add(name);
            role.setDescription(description);
        }
        return role;
    }

    /** Adds a role or permission to the catalog, with its timestamps. */
    public RoleModel add(String name) {
        RoleModel role = client.addRole(name);
        String now = Long.toString(Time.currentTimeMillis());
        role.setSingleAttribute(CREATED_AT_ATTRIBUTE, now);
        role.setSingleAttribute(UPDATED_AT_ATTRIBUTE, now);
        return role;
    }

    /** Notes a change to {@code role} (its {@code updated_at}). */
    public static void touch(RoleModel role) {
        role.setSingleAttribute(UPDATED_AT_ATTRIBUTE, Long.toString(Time.currentTimeMillis()));
    }

    /** When orgkit created it; 0 for a role made before orgkit kept the time, or outside orgkit. */
    public static long createdAt(RoleModel role) {
        return millis(role, CREATED_AT_ATTRIBUTE);
    }

    /** When orgkit last changed it; 0 as {@link #createdAt}. */
    public static long updatedAt(RoleModel role) {
        return millis(role, UPDATED_AT_ATTRIBUTE);
    }

    /** The readable name: the {@value #NAME_ATTRIBUTE} attribute if set, else derived from the key. */
    public static String readableName(RoleModel role) {
        String name = role.getFirstAttribute(NAME_ATTRIBUTE);
        return name == null || name.isBlank() ? RoleNames.readable(role.getName()) : name.trim();
    }

    private static long millis(RoleModel role, String attribute) {
        String value = role.getFirstAttribute(attribute);
        try {
            return value == null ? 0L : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0L;
        }
    }

    public ClientModel client() {
        return client;
    }

    public RealmModel realm() {
        return realm;
    }

    public boolean isCatalogRole(RoleModel role) {
        return role != null && role.isClientRole() && client.getId().equals(role.getContainerId());
    }

    public RoleModel roleModel(String name) {
        return client.getRole(name);
    }

    public Optional<OrgRole> role(String name) {
        if (!RoleNames.isRole(name)) {
            return Optional.empty();
        }
        RoleModel model = client.getRole(name);
        return model == null ? Optional.empty() : Optional.of(toOrgRole(model));
    }

    /** Every role (not permission), sorted by name. */
    public List<OrgRole> roles() {
        return roleModels().stream().map(this::toOrgRole).toList();
    }

    /** Every role (not permission) as Keycloak has it, sorted by name. */
    public List<RoleModel> roleModels() {
        return client.getRolesStream()
                .filter(r -> RoleNames.isRole(r.getName()))
                .sorted(Comparator.comparing(RoleModel::getName))
                .toList();
    }

    /** Every permission, sorted by name. */
    public List<RoleModel> permissions() {
        return client.getRolesStream()
                .filter(r -> RoleNames.isPermission(r.getName()))
                .sorted(Comparator.comparing(RoleModel::getName))
                .toList();
    }

    public OrgRole toOrgRole(RoleModel role) {
        return new OrgRole(role.getName(), role.getDescription(), permissionsOf(role));
    }

    /** The catalog permissions {@code role} holds, through composites at any depth. */
    public Set<String> permissionsOf(RoleModel role) {
        Set<String> names = new TreeSet<>();
        permissionModelsOf(role).forEach(p -> names.add(p.getName()));
        return names;
    }

    /** The same as {@link #permissionsOf}, as Keycloak's roles, sorted by name. */
    public List<RoleModel> permissionModelsOf(RoleModel role) {
        List<RoleModel> permissions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<RoleModel> todo = new ArrayDeque<>();
        todo.add(role);
        while (!todo.isEmpty()) {
            RoleModel current = todo.poll();
            if (!seen.add(current.getId())) {
                continue;
            }
            if (isCatalogRole(current) && RoleNames.isPermission(current.getName())) {
                permissions.add(current);
            }
            if (current.isComposite()) {
                current.getCompositesStream().forEach(todo::add);
            }
        }
        permissions.sort(Comparator.comparing(RoleModel::getName));
        return permissions;
    }
}
