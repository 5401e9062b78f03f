package dev.orgkit.organizations.kc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.organization.protocol.mappers.oidc.OrganizationScope;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The one place orgkit calls Keycloak's internal Organizations SPI ({@link OrganizationProvider},
 * org groups). A Keycloak minor that changes that SPI should cost a change here only.
 *
 * <p>Group changes inside an organization are only allowed by Keycloak while that organization is
 * the context's organization, so every such change runs through {@link #inContext}.
 */
public final class NativeOrganizations {

    /** Organization attribute (on the org) naming the user who created it through orgkit. */
    public static final String CREATED_BY_ATTRIBUTE = "orgkit.created-by";

    private final KeycloakSession session;

    private NativeOrganizations(KeycloakSession session) {
        this.session = session;
    }

    public static NativeOrganizations of(KeycloakSession session) {
        return new NativeOrganizations(session);
    }

    private OrganizationProvider provider() {
        return session.getProvider(OrganizationProvider.class);
    }

    public boolean enabled(RealmModel realm) {
        return realm.isOrganizationsEnabled();
    }

    /** An organization of the context's realm by id; null when there is none, also for another realm's organization. */
    public OrganizationModel byId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return provider().getById(id);
        } catch (ModelException e) {
            // Keycloak throws, rather than answering null, for the id of an organization of another realm
            return null;
        }
    }

    public OrganizationModel byAlias(String alias) {
        return alias == null || alias.isBlank() ? null : provider().getByAlias(alias);
    }

    /** An organization by id, else by alias (slug). */
    public OrganizationModel byIdOrAlias(String idOrAlias) {
        OrganizationModel org = byId(idOrAlias);
        return org != null ? org : byAlias(idOrAlias);
    }

    public Stream<OrganizationModel> ofMember(UserModel user) {
        return provider().getByMember(user);
    }

    public boolean isMember(OrganizationModel org, UserModel user) {
        return org != null && user != null && provider().isMember(org, user);
    }

    public boolean isManagedMember(OrganizationModel org, UserModel user) {
        return provider().isManagedMember(org, user);
    }

    public Stream<UserModel> members(OrganizationModel org, String search, int first, int max) {
        Map<String, String> filters = search == null || search.isBlank() ? Map.of() : Map.of(UserModel.SEARCH, search);
        return provider().getMembersStream(org, filters, false, first, max);
    }

    public long memberCount(OrganizationModel org) {
        return provider().getMembersCount(org);
    }

    public UserModel member(OrganizationModel org, String userId) {
        return provider().getMemberById(org, userId);
    }

    public Stream<OrganizationModel> search(String search, int first, int max) {
        return provider().getAllStream(search == null ? "" : search, false, first, max);
    }

    /** Organizations whose name is exactly {@code name}. */
    public Stream<OrganizationModel> byExactName(String name) {
        return provider().getAllStream(name, true, 0, 10).filter(o -> name.equals(o.getName()));
    }

    public Stream<OrganizationModel> withAttribute(String name, String value) {
        return provider().getAllStream(Map.of(name, value), null, null);
    }

    public OrganizationModel create(String name, String alias) {
        return provider().create(name, alias);
    }

    public boolean delete(OrganizationModel org) {
        return provider().remove(org);
    }

    public boolean addMember(OrganizationModel org, UserModel user) {
        return provider().addMember(org, user);
    }

    /** Removes a member; Keycloak deletes a managed (identity-provider owned) member's account. */
    public boolean removeMember(OrganizationModel org, UserModel user) {
        return provider().removeMember(org, user);
    }

    /** The groups of {@code org} that {@code user} is directly in (never the internal org group). */
    public List<GroupModel> groupsOf(OrganizationModel org, UserModel user) {
        return provider().getOrganizationGroupsByMember(org, user).filter(Objects::nonNull).toList();
    }

    /** A group of the realm by id (a group the cache does not know yet is read from the database). */
    public GroupModel groupById(String id) {
        return session.groups().getGroupById(session.getContext().getRealm(), id);
    }

    /** The top-level groups of {@code org}. */
    public Stream<GroupModel> topLevelGroups(OrganizationModel org) {
        return provider().getTopLevelGroups(org, null, null);
    }

    public GroupModel internalGroup(OrganizationModel org) {
        return provider().getOrganizationGroup(org);
    }

    /** Whether {@code group} is an ordinary group of {@code org} (not the internal one). */
    public boolean isGroupOf(GroupModel group, OrganizationModel org) {
        if (group == null || group.getType() != GroupModel.Type.ORGANIZATION) {
            return false;
        }
        // the internal group of an organization is the only top-level one; its groups sit below it
        OrganizationModel owner = group.getOrganization();
        return owner != null && owner.getId().equals(org.getId()) && group.getParentId() != null;
    }

    /** {@code group} and its ancestors inside {@code org}, nearest first. */
    public List<GroupModel> withAncestors(OrganizationModel org, GroupModel group) {
        List<GroupModel> chain = new ArrayList<>();
        GroupModel current = group;
        while (current != null && isGroupOf(current, org)) {
            chain.add(current);
            current = current.getParent();
        }
        return chain;
    }

    public GroupModel createGroup(OrganizationModel org, String name) {
        return inContext(org, () -> provider().createGroup(org, name, null));
    }

    public void grantRole(OrganizationModel org, GroupModel group, RoleModel role) {
        inContext(org, () -> {
            group.grantRole(role);
            return null;
        });
    }

    public void joinGroup(OrganizationModel org, UserModel user, GroupModel group) {
        inContext(org, () -> {
            user.joinGroup(group);
            return null;
        });
    }

    public void leaveGroup(OrganizationModel org, UserModel user, GroupModel group) {
        inContext(org, () -> {
            user.leaveGroup(group);
            return null;
        });
    }

    /**
     * The single organization a client chose at login through Keycloak's {@code organization} /
     * {@code organization:<alias>} scope (an explicit alias, or the organization picked on the login
     * page), if any. {@code organization:*} (all organizations) is no choice.
     */
    public Optional<OrganizationModel> chosenThroughScope(UserModel user, ClientSessionContext context) {
        String raw = context.getScopeString(true);
        OrganizationScope scope = OrganizationScope.valueOfScope(session, raw);
        if (scope == null || scope == OrganizationScope.ALL) {
            return Optional.empty();
        }
        List<OrganizationModel> chosen = scope.resolveOrganizations(user, raw, session).limit(2).toList();
        return chosen.size() == 1 ? Optional.of(chosen.get(0)) : Optional.empty();
    }

    /**
     * The single organization chosen through the organization scope during a login still in
     * progress: {@code organization:<alias>}, or {@code organization} with the organization the user
     * picked on the login page (or the only one of a single-organization user). Empty for
     * {@code organization:*}, no organization scope, or an organization the user is not a member of.
     */
    public Optional<OrganizationModel> chosenAtLogin(UserModel user, AuthenticationSessionModel authSession) {
        String raw = authSession.getClientNote(OIDCLoginProtocol.SCOPE_PARAM);
        OrganizationScope scope = raw == null ? null : OrganizationScope.valueOfScope(session, raw);
        if (scope == null || scope == OrganizationScope.ALL) {
            return Optional.empty();
        }
        if (scope == OrganizationScope.ANY) {
            OrganizationModel picked = byId(authSession.getClientNote(OrganizationModel.ORGANIZATION_ATTRIBUTE));
            if (picked != null) {
                return picked.isEnabled() && isMember(picked, user) ? Optional.of(picked) : Optional.empty();
            }
        }
        List<OrganizationModel> chosen = scope.resolveOrganizations(user, raw, session).limit(2).toList();
        return chosen.size() == 1 ? Optional.of(chosen.get(0)) : Optional.empty();
    }

    /** Runs {@code work} with {@code org} as the context's organization, restoring the previous one. */
    public <T> T inContext(OrganizationModel org, Supplier<T> work) {
        KeycloakContext context = session.getContext();
        OrganizationModel previous = context.getOrganization();
        context.setOrganization(org);
        try {
            return work.get();
        } finally {
            context.setOrganization(previous);
        }
    }
}
