package dev.orgkit.organizations.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.representation.Representations;
import dev.orgkit.organizations.roles.RoleCatalog;
import dev.orgkit.organizations.roles.RoleNames;
import dev.orgkit.organizations.service.OrganizationService;
import dev.orgkit.organizations.spi.OrgkitFeatures;

/**
 * {@code /admin/realms/{realm}/orgkit/roles} and {@code .../permissions}: the role catalog. The
 * same catalog is visible in the admin console as the client roles of {@value RoleCatalog#CLIENT_ID}.
 */
final class CatalogResource {

    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final OrganizationService service;
    private final boolean roles;

    CatalogResource(RealmModel realm, AdminPermissionEvaluator auth, OrganizationService service, boolean roles) {
        this.realm = realm;
        this.auth = auth;
        this.service = service;
        this.roles = roles;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<?> list() {
        AdminChecks.requireView(auth);
        RoleCatalog catalog = RoleCatalog.ensure(service.session(), realm);
        return roles ? Representations.roles(catalog) : Representations.permissions(catalog);
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Object get(@PathParam("name") String name) {
        AdminChecks.requireView(auth);
        RoleCatalog catalog = RoleCatalog.ensure(service.session(), realm);
        RoleModel model = catalog.roleModel(name);
        if (model == null || (roles ? !RoleNames.isRole(name) : !RoleNames.isPermission(name))) {
            throw OrgkitException.notFound((roles ? "role " : "permission ") + name + " not found");
        }
        return roles ? Representations.role(catalog, model) : Representations.permission(model);
    }

    /**
     * Creates or updates a role (name, description, permissions) or a permission (name, description): 201 when
     * created, else 200 (also when nothing changed, which records nothing).
     */
    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("name") String name, Map<String, Object> body) {
        AdminChecks.requireManage(auth);
        if (body == null) {
            throw OrgkitException.invalid("a JSON body is required");
        }
        RoleCatalog catalog = RoleCatalog.ensure(service.session(), realm);
        RoleModel model = lockedRole(catalog, name);
        CatalogChanges changes = new CatalogChanges(catalog, service.recorder());
        CatalogChanges.Saved saved;
        if (roles) {
            RoleInput input = RoleInput.parse(body);
            if (model == null) {
                RoleNames.roleProblem(name).ifPresent(p -> {
                    throw OrgkitException.badRequest("invalid_name", p);
                });
            } else if (!RoleNames.isRole(name)) {
                throw OrgkitException.conflict("not_a_role", name + " is a permission, not a role");
            }
            saved = changes.saveRole(name, model, input.name(), input.description(),
                    input.permissions() == null ? null : permissions(catalog, name, input.permissions()));
        } else {
            if (body.keySet().stream().anyMatch(k -> !k.equals("description") && !k.equals("name"))) {
                throw OrgkitException.invalid("a permission has only a name and a description");
            }
            if (model == null) {
                RoleNames.permissionProblem(name).ifPresent(p -> {
                    throw OrgkitException.badRequest("invalid_name", p);
                });
            } else if (!RoleNames.isPermission(name)) {
                throw OrgkitException.conflict("not_a_permission", name + " is a role, not a permission");
            } else if (RoleNames.isSystemPermission(name)) {
                throw OrgkitException.conflict("system_permission", name + " is one of orgkit's own permissions");
            }
            Object description = body.get("description");
            saved = changes.savePermission(name, model, RoleInput.readableName(body.get("name")),
                    description == null ? null : description.toString());
        }
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK).entity(saved.representation())
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        AdminChecks.requireManage(auth);
        RoleCatalog catalog = RoleCatalog.ensure(service.session(), realm);
        RoleModel model = lockedRole(catalog, name);
        if (model == null || (roles ? !RoleNames.isRole(name) : !RoleNames.isPermission(name))) {
            throw OrgkitException.notFound((roles ? "role " : "permission ") + name + " not found");
        }
        CatalogChanges changes = new CatalogChanges(catalog, service.recorder());
        if (roles) {
            if (RoleNames.ADMIN.equals(name) || RoleNames.MEMBER.equals(name)) {
                throw OrgkitException.conflict("system_role", name + " is built in and cannot be deleted");
            }
            if (name.equals(service.policy().defaultRole())) {
                throw OrgkitException.conflict("default_role", name + " is the realm's default role; change the policy first");
            }
            changes.deleteRole(model);
        } else {
            if (RoleNames.isSystemPermission(name)) {
                throw OrgkitException.conflict("system_permission", name + " is one of orgkit's own permissions");
            }
            changes.deletePermission(model);
        }
        return Response.noContent().build();
    }

    /**
     * Serialises catalog changes of the realm (row lock on the catalog client) and answers the role
     * as the latest committed rows have it: null when there is none, 409 {@code concurrent_change}
     * when a parallel request created it after this request's first read (MariaDB's snapshot).
     * Parallel duplicate deletes then give one 204 and 404s, not 500s.
     */
    private RoleModel lockedRole(RoleCatalog catalog, String name) {
        KeycloakRowLocks locks = KeycloakRowLocks.of(service.session());
        locks.lockClient(catalog.client().getId());
        boolean exists = locks.clientRoleExists(catalog.client().getId(), name);
        RoleModel model = catalog.roleModel(name);
        if (!exists) {
            return null;
        }
        if (model == null) {
            throw OrgkitException.conflict("concurrent_change", name + " was just created by a parallel request; read it again");
        }
        return model;
    }

    /** The catalog permissions named in a role's body, checked: all exist, and org:admin keeps every system one. */
    private List<RoleModel> permissions(RoleCatalog catalog, String role, List<String> names) {
        Set<String> target = new TreeSet<>(names);
        for (String permission : target) {
            if (!RoleNames.isPermission(permission) || catalog.roleModel(permission) == null) {
                throw OrgkitException.badRequest("unknown_permission", "there is no permission '" + permission + "' in the catalog");
            }
        }
        if (RoleNames.ADMIN.equals(role) && !target.containsAll(OrgkitFeatures.permissions(service.session()).keySet())) {
            throw OrgkitException.badRequest("invalid_permissions", RoleNames.ADMIN + " always holds every system permission");
        }
        return target.stream().map(catalog::roleModel).toList();
    }
}
