package dev.orgkit.organizations.config;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;
import dev.orgkit.organizations.spi.Setting;

/**
 * The typed policy of one realm, read from its {@code orgkit.*} attributes with the defaults of
 * {@link Setting}. A value that cannot be read falls back to the default and is logged once per read.
 */
public final class OrgkitPolicy {

    private static final Logger LOG = Logger.getLogger(OrgkitPolicy.class);

    private final Map<Setting, String> values;

    private OrgkitPolicy(Map<Setting, String> values) {
        this.values = values;
    }

    public static OrgkitPolicy of(RealmModel realm) {
        return from(realm::getAttribute);
    }

    /** Reads a policy from any attribute source (realm attributes, or a map in unit tests). */
    public static OrgkitPolicy from(Function<String, String> attributes) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String raw = attributes.apply(setting.attribute());
            String value = setting.defaultValue();
            if (raw != null) {
                try {
                    value = setting.normalize(raw);
                } catch (IllegalArgumentException e) {
                    LOG.warnf("Ignoring realm attribute %s: %s; using the default %s", setting.attribute(), e.getMessage(),
                            setting.defaultValue());
                }
            }
            values.put(setting, value);
        }
        return new OrgkitPolicy(values);
    }

    /** Writes one setting to the realm; the value is normalised first. */
    public static void write(RealmModel realm, Setting setting, String value) {
        realm.setAttribute(setting.attribute(), setting.normalize(value));
    }

    public boolean creationEnabled() {
        return Boolean.parseBoolean(values.get(Setting.CREATION_ENABLED));
    }

    /** 0 means no limit. */
    public int creationLimit() {
        return count(Setting.CREATION_LIMIT);
    }

    public String superadminRole() {
        return values.get(Setting.SUPERADMIN_ROLE);
    }

    public String defaultRole() {
        return values.get(Setting.DEFAULT_ROLE);
    }

    public Set<String> reservedSlugs() {
        String list = values.get(Setting.RESERVED_SLUGS);
        return list.isEmpty() ? Set.of() : Arrays.stream(list.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    public int invitationExpiryDays() {
        return count(Setting.INVITATION_EXPIRY_DAYS);
    }

    public int invitationOrgDailyLimit() {
        return count(Setting.INVITATION_ORG_DAILY_LIMIT);
    }

    public int invitationIpLimit() {
        return count(Setting.INVITATION_IP_LIMIT);
    }

    public int invitationIpWindowMinutes() {
        return count(Setting.INVITATION_IP_WINDOW_MINUTES);
    }

    public int invitationRetentionDays() {
        return count(Setting.INVITATION_RETENTION_DAYS);
    }

    public int auditRetentionDays() {
        return count(Setting.AUDIT_RETENTION_DAYS);
    }

    public String value(Setting setting) {
        return values.get(setting);
    }

    /** Every setting by its key, as the admin API shows it. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        values.forEach((setting, value) -> map.put(setting.key(), value));
        return map;
    }

    private int count(Setting setting) {
        return Integer.parseInt(values.get(setting));
    }
}
