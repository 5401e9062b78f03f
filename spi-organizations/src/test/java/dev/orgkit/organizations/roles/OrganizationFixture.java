package dev.orgkit.organizations.roles;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.kc.NativeOrganizations;

/**
 * A realm's role catalog and one organization's groups, made of Mockito mocks of Keycloak's models
 * that answer like the real ones. The catalog ({@link RoleCatalog}) and the policy are the real
 * classes; only the adapter to Keycloak's organizations ({@link NativeOrganizations}) is stubbed.
 */
final class OrganizationFixture {

    private static final String CATALOG_CLIENT_ID = "catalog-client-id";

    final RealmModel realm = mock(RealmModel.class);
    final ClientModel catalogClient = mock(ClientModel.class);
    final NativeOrganizations orgs = mock(NativeOrganizations.class);
    final OrganizationModel org = mock(OrganizationModel.class);

    private final Map<String, RoleModel> catalogRoles = new HashMap<>();
    private final List<GroupModel> topLevelGroups = new ArrayList<>();
    private final Map<String, String> realmAttributes = new HashMap<>();
    private int groupCount;
    private int userCount;

    OrganizationFixture() {
        when(realm.getClientByClientId(RoleCatalog.CLIENT_ID)).thenReturn(catalogClient);
        when(catalogClient.getId()).thenReturn(CATALOG_CLIENT_ID);
        when(catalogClient.getRole(anyString())).thenAnswer(call -> catalogRoles.get(call.<String>getArgument(0)));
        when(catalogClient.getRolesStream()).thenAnswer(call -> catalogRoles.values().stream());
        when(org.getId()).thenReturn("org-id");
        when(orgs.topLevelGroups(org)).thenAnswer(call -> new ArrayList<>(topLevelGroups).stream());
    }

    /** The organization's roles as orgkit sees them, with the realm's policy as set so far. */
    MemberRoles memberRoles() {
        RoleCatalog catalog = RoleCatalog.find(realm).orElseThrow();
        return new MemberRoles(orgs, catalog, OrgkitPolicy.from(realmAttributes::get));
    }

    /** Sets the realm's default role (the role of a member in no role group). */
    void defaultRole(String name) {
        realmAttributes.put(OrgkitPolicy.DEFAULT_ROLE.attribute(), name);
    }

    /** A permission of the catalog, created on first use. */
    RoleModel permission(String name) {
        RoleModel existing = catalogRoles.get(name);
        return existing != null ? existing : catalogRole(name, List.of());
    }

    /** A role of the catalog holding these permissions directly. */
    RoleModel role(String name, String... permissions) {
        return catalogRole(name, Arrays.stream(permissions).map(this::permission).toList());
    }

    /** A role of the catalog whose composites are other catalog roles (and so their permissions). */
    RoleModel roleComposedOf(String name, RoleModel... composites) {
        return catalogRole(name, List.of(composites));
    }

    private RoleModel catalogRole(String name, List<RoleModel> composites) {
        RoleModel role = mock(RoleModel.class);
        when(role.getId()).thenReturn("role-id-" + name);
        when(role.getName()).thenReturn(name);
        when(role.isClientRole()).thenReturn(true);
        when(role.getContainerId()).thenReturn(CATALOG_CLIENT_ID);
        when(role.isComposite()).thenReturn(!composites.isEmpty());
        when(role.getCompositesStream()).thenAnswer(call -> composites.stream());
        catalogRoles.put(name, role);
        return role;
    }

    /** A top-level group of the organization mapping these catalog roles (or permissions). */
    GroupModel group(String name, RoleModel... mapped) {
        GroupModel group = groupModel(name, null, mapped);
        topLevelGroups.add(group);
        return group;
    }

    /** A group of the organization below {@code parent}, mapping these catalog roles. */
    GroupModel subgroup(GroupModel parent, String name, RoleModel... mapped) {
        return groupModel(name, parent, mapped);
    }

    private GroupModel groupModel(String name, GroupModel parent, RoleModel... mapped) {
        GroupModel group = mock(GroupModel.class);
        when(group.getId()).thenReturn("group-id-" + (++groupCount));
        when(group.getName()).thenReturn(name);
        when(group.getParent()).thenReturn(parent);
        when(group.getClientRoleMappingsStream(catalogClient)).thenAnswer(call -> Arrays.stream(mapped));
        List<GroupModel> chain = new ArrayList<>();
        chain.add(group);
        if (parent != null) {
            chain.addAll(orgs.withAncestors(org, parent));
        }
        when(orgs.withAncestors(org, group)).thenReturn(chain);
        return group;
    }

    /** A member of the organization who is directly in these org groups. */
    UserModel memberIn(GroupModel... groups) {
        UserModel user = mock(UserModel.class);
        List<GroupModel> direct = List.of(groups);
        when(user.getId()).thenReturn("user-id-" + (++userCount));
        when(orgs.groupsOf(org, user)).thenReturn(direct);
        when(user.isMemberOf(any())).thenAnswer(call -> direct.contains(call.<GroupModel>getArgument(0)));
        return user;
    }

    /** A group as {@link NativeOrganizations#createGroup} would make it: not yet among the top-level groups here. */
    GroupModel newGroup(String name) {
        return groupModel(name, null);
    }
}
