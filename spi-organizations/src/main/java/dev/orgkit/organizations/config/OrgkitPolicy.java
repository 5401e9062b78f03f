package dev.orgkit.organizations.config;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.keycloak.models.RealmModel;

import dev.orgkit.organizations.spi.Setting;

/**
 * The core's settings and the typed policy of one realm, read from its {@code orgkit.*}
 * attributes. The core declares these settings (as every jar declares its own) and this class is
 * the one place where their defaults live; a value that cannot be read falls back to the default.
 */
public final class OrgkitPolicy {

    public static final Setting CREATION_ENABLED = Setting.flag("creation-enabled", false,
            "Ordinary users may create organizations (superadmins and realm admins always may).");
    public static final Setting CREATION_LIMIT = Setting.count("creation-limit", 1, 0, 1_000_000,
            "How many organizations one user may create; 0 means no limit. Superadmins are not limited.");
    public static final Setting SUPERADMIN_ROLE = Setting.text("superadmin-role", "orgkit-superadmin",
            "Realm role whose holders act in every organization without being members.");
    public static final Setting DEFAULT_ROLE = Setting.text("default-role", "org:member",
            "Role of a member who is in no role group of the organization.");
    public static final Setting RESERVED_SLUGS = Setting.list("reserved-slugs",
            "o,api,admin,dashboard,settings,login,logout,invite,invitations,onboarding,account,auth,public,static,assets,well-known,new",
            "Slugs (aliases) no organization may take, comma separated.");
    public static final Setting MAX_ALLOWED_MEMBERSHIPS = Setting.count("max-allowed-memberships", 0, 0, 1_000_000,
            "How many members an organization may have unless it has a limit of its own; 0 means no limit.");

    /** The core's settings, in the order the docs list them. */
    public static final List<Setting> SETTINGS = List.of(CREATION_ENABLED, CREATION_LIMIT, SUPERADMIN_ROLE, DEFAULT_ROLE,
            RESERVED_SLUGS, MAX_ALLOWED_MEMBERSHIPS);

    private final Function<String, String> realm;

    private OrgkitPolicy(Function<String, String> attributes) {
        this.realm = attributes;
    }

    public static OrgkitPolicy of(RealmModel realm) {
        return new OrgkitPolicy(realm::getAttribute);
    }

    /** Reads the policy from any attribute source (realm attributes, or a map in unit tests). */
    public static OrgkitPolicy from(Function<String, String> attributes) {
        return new OrgkitPolicy(attributes);
    }

    public boolean creationEnabled() {
        return CREATION_ENABLED.readFlag(realm);
    }

    /** 0 means no limit. */
    public int creationLimit() {
        return CREATION_LIMIT.readCount(realm);
    }

    public String superadminRole() {
        return SUPERADMIN_ROLE.read(realm);
    }

    public String defaultRole() {
        return DEFAULT_ROLE.read(realm);
    }

    public Set<String> reservedSlugs() {
        return RESERVED_SLUGS.readList(realm);
    }

    /** The realm's default membership limit of an organization; 0 means no limit. */
    public int maxAllowedMemberships() {
        return MAX_ALLOWED_MEMBERSHIPS.readCount(realm);
    }
}
