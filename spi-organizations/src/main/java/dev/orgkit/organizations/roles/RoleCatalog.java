package dev.orgkit.organizations.roles;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
        for (SystemPermission permission : permissions) {
            RoleModel p = client.getRole(permission.name());
            if (!admin.hasRole(p)) {
                admin.addCompositeRole(p);
            }
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
            role = client.addRole(name);
            role.setDescription(description);
        }
        return role;
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
        return client.getRolesStream()
                .filter(r -> RoleNames.isRole(r.getName()))
                .sorted(Comparator.comparing(RoleModel::getName))
                .map(this::toOrgRole)
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
        Set<String> permissions = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<RoleModel> todo = new ArrayDeque<>();
        todo.add(role);
        while (!todo.isEmpty()) {
            RoleModel current = todo.poll();
            if (!seen.add(current.getId())) {
                continue;
            }
            if (isCatalogRole(current) && RoleNames.isPermission(current.getName())) {
                permissions.add(current.getName());
            }
            if (current.isComposite()) {
                current.getCompositesStream().forEach(todo::add);
            }
        }
        return permissions;
    }
}
