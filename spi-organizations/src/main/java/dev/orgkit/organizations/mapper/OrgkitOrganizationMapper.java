package dev.orgkit.organizations.mapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.TokenIntrospectionTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;

import dev.orgkit.organizations.active.ActiveOrganization;
import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.kc.NativeOrganizations;
import dev.orgkit.organizations.active.ActivationChecks;
import dev.orgkit.organizations.roles.MemberRoles;
import dev.orgkit.organizations.spi.OrgRole;
import dev.orgkit.organizations.roles.RoleCatalog;

/**
 * Puts the session's active organization into tokens: {@code org_id}, {@code org_slug},
 * {@code org_role}, {@code org_permissions} (and optionally Clerk's session token v2 claims
 * {@code v}, {@code fea}, {@code o} and a bounded {@code orgs} claim of all memberships). System
 * permissions ({@code org:sys_*}) stay out of the permissions unless {@link #SYSTEM_PERMISSIONS} is
 * on. Membership and the organization's enabled flag are checked on every issue, so a removed
 * member's next refresh carries no organization.
 */
public final class OrgkitOrganizationMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper, TokenIntrospectionTokenMapper {

    public static final String PROVIDER_ID = "orgkit-organization";

    public static final String FLAT_CLAIMS = "orgkit.flat";
    public static final String COMPACT_CLAIM = "orgkit.compact";
    public static final String SYSTEM_PERMISSIONS = "orgkit.system-permissions";
    public static final String MEMBERSHIPS_CLAIM = "orgkit.memberships";
    public static final String MEMBERSHIPS_MAX = "orgkit.memberships.max";
    public static final int DEFAULT_MEMBERSHIPS_MAX = 50;

    /** The mapper runs after Keycloak's role mappers so it can take the catalog's roles out again. */
    static final int PRIORITY = 60;

    private static final String RESOLVED_ATTRIBUTE = OrgkitOrganizationMapper.class.getName() + ".resolved.";

    private static final List<ProviderConfigProperty> CONFIG = new ArrayList<>();

    static {
        CONFIG.add(flag(FLAT_CLAIMS, "Active organization claims",
                "Add org_id, org_slug, org_role and org_permissions for the session's active organization.", true));
        CONFIG.add(flag(COMPACT_CLAIM, "Compact claims (v, fea, o)",
                "Add Clerk's session token v2 claims: v = 2, fea = the permissions' features, o = {id, slg, rol, per, fpm}.",
                false));
        CONFIG.add(flag(SYSTEM_PERMISSIONS, "Include system permissions",
                "Also put orgkit's system permissions (org:sys_*) into org_permissions and o. Off, as in Clerk's "
                        + "session tokens, which carry custom permissions only.", false));
        CONFIG.add(flag(MEMBERSHIPS_CLAIM, "All memberships (orgs)",
                "Add orgs = {slug: {id, role}} for every organization of the user, up to the maximum below.", false));
        ProviderConfigProperty max = new ProviderConfigProperty();
        max.setName(MEMBERSHIPS_MAX);
        max.setLabel("Maximum memberships in orgs");
        max.setHelpText("Caps the orgs claim so tokens stay small (organizations sorted by slug).");
        max.setType(ProviderConfigProperty.STRING_TYPE);
        max.setDefaultValue(Integer.toString(DEFAULT_MEMBERSHIPS_MAX));
        CONFIG.add(max);
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG, OrgkitOrganizationMapper.class);
    }

    private static ProviderConfigProperty flag(String name, String label, String help, boolean defaultValue) {
        ProviderConfigProperty p = new ProviderConfigProperty();
        p.setName(name);
        p.setLabel(label);
        p.setHelpText(help);
        p.setType(ProviderConfigProperty.BOOLEAN_TYPE);
        p.setDefaultValue(Boolean.toString(defaultValue));
        return p;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "orgkit organization";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "The session's active organization with the user's org role and permissions (org_id, org_slug, org_role, org_permissions).";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel model, UserSessionModel userSession, KeycloakSession session,
                            ClientSessionContext context) {
        if (token instanceof AccessToken access) {
            hideCatalogRoles(access);
        }
        RealmModel realm = session.getContext().getRealm();
        if (realm == null || !realm.isOrganizationsEnabled() || userSession == null) {
            return;
        }
        Resolved resolved = resolve(session, realm, userSession, context);
        Map<String, Object> config = Map.copyOf(model.getConfig() == null ? Map.of() : model.getConfig());
        token.getOtherClaims().putAll(OrgClaims.active(resolved.active(), new OrgClaims.Options(
                enabled(config, FLAT_CLAIMS, true), enabled(config, COMPACT_CLAIM, false),
                enabled(config, SYSTEM_PERMISSIONS, false))));
        if (enabled(config, MEMBERSHIPS_CLAIM, false)) {
            int max = maxMemberships(config);
            Map<String, Object> orgs = OrgClaims.memberships(memberships(session, realm, userSession.getUser(), max), max);
            if (!orgs.isEmpty()) {
                token.getOtherClaims().put(OrgClaims.MEMBERSHIPS, orgs);
            }
        }
    }

    /** The catalog roles are org-scoped: they never belong in resource_access or aud. */
    private static void hideCatalogRoles(AccessToken token) {
        if (token.getResourceAccess() != null) {
            token.getResourceAccess().remove(RoleCatalog.CLIENT_ID);
        }
        String[] audience = token.getAudience();
        if (audience != null && List.of(audience).contains(RoleCatalog.CLIENT_ID)) {
            token.audience(null);
            List.of(audience).stream().filter(a -> !RoleCatalog.CLIENT_ID.equals(a)).forEach(token::addAudience);
        }
    }

    private record Resolved(OrgClaims.Active active) { }

    /** Resolved once per request and session: the access token, ID token and userinfo agree. */
    private static Resolved resolve(KeycloakSession session, RealmModel realm, UserSessionModel userSession,
                                    ClientSessionContext context) {
        String key = RESOLVED_ATTRIBUTE + userSession.getId();
        Resolved cached = session.getAttribute(key, Resolved.class);
        if (cached != null) {
            return cached;
        }
        NativeOrganizations orgs = NativeOrganizations.of(session);
        Optional<OrganizationModel> active = new ActiveOrganization(orgs, new ActivationChecks(session)::allow)
                .forToken(userSession, context);
        OrgClaims.Active claims = active.map(org -> {
            OrgRole role = roles(session, realm, orgs).map(r -> r.roleOf(org, userSession.getUser()))
                    .orElseGet(() -> new OrgRole(OrgkitPolicy.of(realm).defaultRole(), null, Set.of()));
            return new OrgClaims.Active(org.getId(), org.getAlias(), role.name(), role.permissions());
        }).orElse(null);
        Resolved resolved = new Resolved(claims);
        session.setAttribute(key, resolved);
        return resolved;
    }

    private static Optional<MemberRoles> roles(KeycloakSession session, RealmModel realm, NativeOrganizations orgs) {
        return RoleCatalog.find(realm).map(catalog -> new MemberRoles(orgs, catalog, OrgkitPolicy.of(realm)));
    }

    private static List<OrgClaims.Membership> memberships(KeycloakSession session, RealmModel realm, UserModel user, int max) {
        NativeOrganizations orgs = NativeOrganizations.of(session);
        Optional<MemberRoles> roles = roles(session, realm, orgs);
        String defaultRole = OrgkitPolicy.of(realm).defaultRole();
        return orgs.ofMember(user)
                .filter(OrganizationModel::isEnabled)
                .sorted(Comparator.comparing(OrganizationModel::getAlias))
                .limit(max)
                .map(org -> new OrgClaims.Membership(org.getId(), org.getAlias(),
                        roles.map(r -> r.roleOf(org, user).name()).orElse(defaultRole)))
                .toList();
    }

    private static boolean enabled(Map<String, Object> config, String name, boolean defaultValue) {
        Object value = config.get(name);
        return value == null ? defaultValue : Boolean.parseBoolean(value.toString());
    }

    private static int maxMemberships(Map<String, Object> config) {
        Object value = config.get(MEMBERSHIPS_MAX);
        try {
            return value == null ? DEFAULT_MEMBERSHIPS_MAX : Math.max(0, Integer.parseInt(value.toString().trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_MEMBERSHIPS_MAX;
        }
    }
}
