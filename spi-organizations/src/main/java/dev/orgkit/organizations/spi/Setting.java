package dev.orgkit.organizations.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every orgkit policy: its realm attribute, its default and how a value is checked. Realm attributes
 * travel with a realm export, so a realm's policy is part of the realm. This enum is the one place
 * where defaults live; {@code docs/configuration.md} is checked against it by a test.
 */
public enum Setting {

    CREATION_ENABLED("creation-enabled", Kind.BOOLEAN, "false",
            "Ordinary users may create organizations (superadmins and realm admins always may)."),
    CREATION_LIMIT("creation-limit", Kind.COUNT, "1",
            "How many organizations one user may create; 0 means no limit. Superadmins are not limited."),
    SUPERADMIN_ROLE("superadmin-role", Kind.TEXT, "orgkit-superadmin",
            "Realm role whose holders act in every organization without being members."),
    DEFAULT_ROLE("default-role", Kind.TEXT, "org:member",
            "Role of a member who is in no role group of the organization."),
    RESERVED_SLUGS("reserved-slugs", Kind.LIST,
            "o,api,admin,dashboard,settings,login,logout,invite,invitations,onboarding,account,auth,public,static,assets,well-known,new",
            "Slugs (aliases) no organization may take, comma separated."),
    INVITATION_EXPIRY_DAYS("invitation-expiry-days", Kind.COUNT, "7",
            "Default lifetime of an invitation in days (a request may ask for 1 to 30)."),
    INVITATION_ORG_DAILY_LIMIT("invitation-org-daily-limit", Kind.COUNT, "20",
            "Invitations (creates and resends) one organization may send per 24 hours; 0 means no limit."),
    INVITATION_IP_LIMIT("invitation-ip-limit", Kind.COUNT, "5",
            "Invitations (creates and resends) one client IP may send per window; 0 means no limit."),
    INVITATION_IP_WINDOW_MINUTES("invitation-ip-window-minutes", Kind.COUNT, "15",
            "Length of the per-IP invitation window in minutes."),
    INVITATION_RETENTION_DAYS("invitation-retention-days", Kind.COUNT, "30",
            "Days after which expired, accepted, declined and revoked invitations are purged."),
    AUDIT_RETENTION_DAYS("audit-retention-days", Kind.COUNT, "365",
            "Days the audit log keeps an entry."),
    ALLOWLIST_ENABLED("allowlist-enabled", Kind.BOOLEAN, "false",
            "Self-registration only for the addresses and domains of allowlist (invitations bypass it)."),
    ALLOWLIST("allowlist", Kind.LIST, "",
            "Exact email addresses and @domain entries that may self-register, comma separated, case-insensitive.");

    /** How a value is read and checked. */
    public enum Kind { BOOLEAN, COUNT, TEXT, LIST }

    public static final String ATTRIBUTE_PREFIX = "orgkit.";

    /** An allowlist entry: {@code local@domain} or {@code @domain} (no spaces, one {@code @}). */
    private static final Pattern ALLOWLIST_ENTRY = Pattern.compile("[^@\\s]*@[^@\\s.][^@\\s]*");

    private final String key;
    private final Kind kind;
    private final String defaultValue;
    private final String description;

    Setting(String key, Kind kind, String defaultValue, String description) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The name used in the admin API and the docs, e.g. {@code creation-limit}. */
    public String key() {
        return key;
    }

    /** The realm attribute that holds the value, e.g. {@code orgkit.creation-limit}. */
    public String attribute() {
        return ATTRIBUTE_PREFIX + key;
    }

    public Kind kind() {
        return kind;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /**
     * Normalises a value given by an administrator, or explains why it cannot be used.
     *
     * @throws IllegalArgumentException with a message fit for an API error description
     */
    public String normalize(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException(key + " must not be null");
        }
        String value = raw.trim();
        switch (kind) {
            case BOOLEAN:
                String lower = value.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw new IllegalArgumentException(key + " must be true or false");
                }
                return lower;
            case COUNT:
                try {
                    int n = Integer.parseInt(value);
                    if (n < 0 || n > 1_000_000) {
                        throw new IllegalArgumentException(key + " must be between 0 and 1000000");
                    }
                    if (n == 0 && (this == INVITATION_EXPIRY_DAYS || this == INVITATION_IP_WINDOW_MINUTES)) {
                        throw new IllegalArgumentException(key + " must be at least 1");
                    }
                    if (this == INVITATION_EXPIRY_DAYS && n > 30) {
                        throw new IllegalArgumentException(key + " must be at most 30");
                    }
                    return Integer.toString(n);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key + " must be a whole number");
                }
            case LIST:
                List<String> entries = Arrays.stream(value.split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).distinct()
                        .toList();
                if (this == ALLOWLIST) {
                    entries.stream().filter(e -> !ALLOWLIST_ENTRY.matcher(e).matches()).findFirst().ifPresent(e -> {
                        throw new IllegalArgumentException(key + " entries are email addresses or @domain, not '" + e + "'");
                    });
                }
                return String.join(",", entries);
            case TEXT:
            default:
                if (value.isEmpty()) {
                    throw new IllegalArgumentException(key + " must not be empty");
                }
                if (value.length() > 255) {
                    throw new IllegalArgumentException(key + " must be at most 255 characters");
                }
                return value;
        }
    }
}
