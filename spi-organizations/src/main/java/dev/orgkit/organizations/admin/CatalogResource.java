package dev.orgkit.organizations.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.kc.KeycloakRowLocks;
import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.organizations.representation.Representations;
import dev.orgkit.organizations.representation.PermissionRepresentation;
import dev.orgkit.organizations.representation.RoleRepresentation;
import dev.orgkit.organizations.roles.RoleCatalog;
import dev.orgkit.organizations.roles.RoleNames;
import dev.orgkit.organizations.service.OrganizationService;
import dev.orgkit.organizations.events.CoreActions;
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
        return roles ? Representations.roles(catalog.roles())
                : catalog.permissions().stream().map(Representations::permission).toList();
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
        return roles ? Representations.role(catalog.toOrgRole(model)) : Representations.permission(model);
    }

    /** Creates or updates a role (description, permissions) or a permission (description). */
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
        boolean created = model == null;
        if (roles) {
            RoleRepresentation input = parseRole(body);
            if (created) {
                RoleNames.roleProblem(name).ifPresent(p -> {
                    throw OrgkitException.badRequest("invalid_name", p);
                });
                model = catalog.client().addRole(name);
            } else if (!RoleNames.isRole(name)) {
                throw OrgkitException.conflict("not_a_role", name + " is a permission, not a role");
            }
            if (input.description != null) {
                model.setDescription(input.description);
            }
            if (input.permissions != null) {
                setPermissions(catalog, model, input.permissions);
            }
            RoleRepresentation rep = Representations.role(catalog.toOrgRole(model));
            service.recorder().record(CoreActions.CATALOG_ROLE_SAVED, null, "role", name, rep, Map.of("created", Boolean.toString(created)));
            return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(rep)
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        Object description = body.get("description");
        if (body.keySet().stream().anyMatch(k -> !k.equals("description") && !k.equals("name"))) {
            throw OrgkitException.invalid("a permission has only a description");
        }
        if (created) {
            RoleNames.permissionProblem(name).ifPresent(p -> {
                throw OrgkitException.badRequest("invalid_name", p);
            });
            model = catalog.client().addRole(name);
        } else if (!RoleNames.isPermission(name)) {
            throw OrgkitException.conflict("not_a_permission", name + " is a role, not a permission");
        } else if (RoleNames.isSystemPermission(name)) {
            throw OrgkitException.conflict("system_permission", name + " is one of orgkit's own permissions");
        }
        if (description != null) {
            model.setDescription(description.toString());
        }
        PermissionRepresentation rep = Representations.permission(model);
        service.recorder().record(CoreActions.CATALOG_PERMISSION_SAVED, null, "permission", name, rep,
                Map.of("created", Boolean.toString(created)));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(rep)
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
        if (roles) {
            if (RoleNames.ADMIN.equals(name) || RoleNames.MEMBER.equals(name)) {
                throw OrgkitException.conflict("system_role", name + " is built in and cannot be deleted");
            }
            if (name.equals(service.policy().defaultRole())) {
                throw OrgkitException.conflict("default_role", name + " is the realm's default role; change the policy first");
            }
        } else if (RoleNames.isSystemPermission(name)) {
            throw OrgkitException.conflict("system_permission", name + " is one of orgkit's own permissions");
        }
        catalog.client().removeRole(model);
        service.recorder().record(roles ? CoreActions.CATALOG_ROLE_DELETED : CoreActions.CATALOG_PERMISSION_DELETED, null,
                roles ? "role" : "permission", name, null, Map.of());
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

    private static RoleRepresentation parseRole(Map<String, Object> body) {
        RoleRepresentation input = new RoleRepresentation();
        for (Map.Entry<String, Object> e : body.entrySet()) {
            switch (e.getKey()) {
                case "name", "system" -> { }
                case "description" -> input.description = e.getValue() == null ? null : e.getValue().toString();
                case "permissions" -> {
                    if (!(e.getValue() instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
                        throw OrgkitException.invalid("permissions must be a list of permission names");
                    }
                    input.permissions = list.stream().map(Object::toString).toList();
                }
                default -> throw OrgkitException.invalid("unknown field " + e.getKey());
            }
        }
        return input;
    }

    private void setPermissions(RoleCatalog catalog, RoleModel role, List<String> wanted) {
        Set<String> target = new HashSet<>(wanted);
        for (String permission : target) {
            RoleModel p = catalog.roleModel(permission);
            if (p == null || !RoleNames.isPermission(permission)) {
                throw OrgkitException.badRequest("unknown_permission", "there is no permission '" + permission + "' in the catalog");
            }
        }
        if (RoleNames.ADMIN.equals(role.getName()) && !target.containsAll(OrgkitFeatures.permissions(service.session()).keySet())) {
            throw OrgkitException.badRequest("invalid_permissions", RoleNames.ADMIN + " always holds every system permission");
        }
        role.getCompositesStream()
                .filter(catalog::isCatalogRole)
                .filter(p -> RoleNames.isPermission(p.getName()) && !target.contains(p.getName()))
                .toList()
                .forEach(role::removeCompositeRole);
        for (String permission : target) {
            RoleModel p = catalog.roleModel(permission);
            if (!role.hasRole(p)) {
                role.addCompositeRole(p);
            }
        }
    }
}
