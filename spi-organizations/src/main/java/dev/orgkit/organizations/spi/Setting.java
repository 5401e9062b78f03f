package dev.orgkit.organizations.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;

/**
 * One realm setting a jar declares (through {@link OrgkitFeature#settings()}): its name, its
 * realm attribute {@code orgkit.<key>}, its default and how a value is checked. Realm attributes
 * travel with a realm export, so a realm's settings are part of the realm. The admin API lists,
 * reads and writes every declared setting; {@code docs/configuration.md} is checked against them.
 */
public final class Setting {

    /** How a value is read and checked. */
    public enum Kind { BOOLEAN, COUNT, TEXT, LIST }

    public static final String ATTRIBUTE_PREFIX = "orgkit.";

    private static final Logger LOG = Logger.getLogger(Setting.class);

    private final String key;
    private final Kind kind;
    private final String defaultValue;
    private final String description;
    private final int min;
    private final int max;
    private final Predicate<String> entryCheck;
    private final String entryRule;

    private Setting(String key, Kind kind, String defaultValue, String description, int min, int max,
                    Predicate<String> entryCheck, String entryRule) {
        this.key = Objects.requireNonNull(key);
        this.kind = kind;
        this.description = description;
        this.min = min;
        this.max = max;
        this.entryCheck = entryCheck;
        this.entryRule = entryRule;
        this.defaultValue = defaultValue;
        normalize(defaultValue);
    }

    public static Setting flag(String key, boolean defaultValue, String description) {
        return new Setting(key, Kind.BOOLEAN, Boolean.toString(defaultValue), description, 0, 0, null, null);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Setting count(String key, int defaultValue, int min, int max, String description) {
        return new Setting(key, Kind.COUNT, Integer.toString(defaultValue), description, min, max, null, null);
    }

    /** A non-empty text of at most 255 characters. */
    public static Setting text(String key, String defaultValue, String description) {
        return new Setting(key, Kind.TEXT, defaultValue, description, 0, 0, null, null);
    }

    /** A comma-separated list, stored lowercase without duplicates. */
    public static Setting list(String key, String defaultValue, String description) {
        return new Setting(key, Kind.LIST, defaultValue, description, 0, 0, null, null);
    }

    /** The same list setting, whose entries must pass {@code check}; {@code rule} says what they must be. */
    public Setting entries(Predicate<String> check, String rule) {
        return new Setting(key, kind, defaultValue, description, min, max, check, rule);
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
                int n;
                try {
                    n = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key + " must be a whole number");
                }
                if (n < min) {
                    throw new IllegalArgumentException(min == 0 ? key + " must be between 0 and " + max
                            : key + " must be at least " + min);
                }
                if (n > max) {
                    throw new IllegalArgumentException(max == 1_000_000 ? key + " must be between " + min + " and " + max
                            : key + " must be at most " + max);
                }
                return Integer.toString(n);
            case LIST:
                List<String> entries = Arrays.stream(value.split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).distinct()
                        .toList();
                if (entryCheck != null) {
                    entries.stream().filter(entryCheck.negate()).findFirst().ifPresent(e -> {
                        throw new IllegalArgumentException(key + " entries are " + entryRule + ", not '" + e + "'");
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

    /** The realm's value, normalised; the default when unset or unreadable (logged). */
    public String read(RealmModel realm) {
        return read(realm::getAttribute);
    }

    /** The value from any attribute source (realm attributes, or a map in tests). */
    public String read(Function<String, String> attributes) {
        String raw = attributes.apply(attribute());
        if (raw == null) {
            return defaultValue;
        }
        try {
            return normalize(raw);
        } catch (IllegalArgumentException e) {
            LOG.warnf("Ignoring realm attribute %s: %s; using the default %s", attribute(), e.getMessage(), defaultValue);
            return defaultValue;
        }
    }

    public boolean readFlag(RealmModel realm) {
        return readFlag(realm::getAttribute);
    }

    public int readCount(RealmModel realm) {
        return readCount(realm::getAttribute);
    }

    public Set<String> readList(RealmModel realm) {
        return readList(realm::getAttribute);
    }

    public boolean readFlag(Function<String, String> attributes) {
        return Boolean.parseBoolean(read(attributes));
    }

    public int readCount(Function<String, String> attributes) {
        return Integer.parseInt(read(attributes));
    }

    public Set<String> readList(Function<String, String> attributes) {
        String list = read(attributes);
        return list.isEmpty() ? Set.of() : Arrays.stream(list.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    /** Writes a value to the realm, normalised first. */
    public void write(RealmModel realm, String value) {
        realm.setAttribute(attribute(), normalize(value));
    }

    @Override
    public String toString() {
        return key;
    }
}
