package dev.orgkit.organizations.representation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.keycloak.models.OrganizationModel;

/**
 * Public and private organization metadata: flat maps of short strings, kept as organization
 * attributes ({@code orgkit.pub.<key>}, {@code orgkit.priv.<key>}) so they travel with a realm export.
 * Public metadata is readable by members; private metadata only by realm admins and superadmins.
 */
public final class Metadata {

    public static final String PUBLIC_PREFIX = "orgkit.pub.";
    public static final String PRIVATE_PREFIX = "orgkit.priv.";
    public static final int MAX_KEYS = 50;
    public static final int MAX_VALUE_LENGTH = 255;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private Metadata() {
    }

    /** Why {@code metadata} cannot be stored, or empty. */
    public static Optional<String> problem(String field, Map<String, String> metadata) {
        if (metadata == null) {
            return Optional.empty();
        }
        if (metadata.size() > MAX_KEYS) {
            return Optional.of(field + " may hold at most " + MAX_KEYS + " keys");
        }
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            if (e.getKey() == null || !KEY.matcher(e.getKey()).matches()) {
                return Optional.of(field + " keys are 1 to 64 letters, digits, '_', '.' or '-'");
            }
            if (e.getValue() == null) {
                return Optional.of(field + "." + e.getKey() + " must be a string");
            }
            if (e.getValue().length() > MAX_VALUE_LENGTH) {
                return Optional.of(field + "." + e.getKey() + " must be at most " + MAX_VALUE_LENGTH + " characters");
            }
        }
        return Optional.empty();
    }

    public static Map<String, String> read(OrganizationModel org, String prefix) {
        Map<String, String> result = new TreeMap<>();
        Map<String, List<String>> attributes = org.getAttributes();
        if (attributes != null) {
            attributes.forEach((name, values) -> {
                if (name.startsWith(prefix) && values != null && !values.isEmpty()) {
                    result.put(name.substring(prefix.length()), values.get(0));
                }
            });
        }
        return result;
    }

    /** Replaces all metadata under {@code prefix}, keeping every other attribute. */
    public static void replace(OrganizationModel org, String prefix, Map<String, String> metadata) {
        Map<String, List<String>> attributes = new HashMap<>(org.getAttributes() == null ? Map.of() : org.getAttributes());
        attributes.keySet().removeIf(name -> name.startsWith(prefix));
        metadata.forEach((key, value) -> attributes.put(prefix + key, List.of(value)));
        org.setAttributes(attributes);
    }

    public static void setAttribute(OrganizationModel org, String name, String value) {
        Map<String, List<String>> attributes = new HashMap<>(org.getAttributes() == null ? Map.of() : org.getAttributes());
        attributes.put(name, List.of(value));
        org.setAttributes(attributes);
    }
}
