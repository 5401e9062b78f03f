package dev.orgkit.organizations.representation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.keycloak.models.OrganizationModel;

/**
 * Organization metadata as orgkit 0.1 kept it: flat string maps in organization attributes
 * ({@code orgkit.pub.<key>}, {@code orgkit.priv.<key>}). Read while an organization has no record of
 * its own, and removed when its metadata is first written as JSON (see {@code JsonMetadata}).
 */
public final class Metadata {

    public static final String PUBLIC_PREFIX = "orgkit.pub.";
    public static final String PRIVATE_PREFIX = "orgkit.priv.";

    private Metadata() {
    }

    public static Map<String, Object> legacy(OrganizationModel org, String prefix) {
        Map<String, Object> result = new TreeMap<>();
        Map<String, List<String>> attributes = org.getAttributes();
        if (attributes != null) {
            attributes.forEach((name, values) -> {
                if (name.startsWith(prefix) && values != null && !values.isEmpty()) {
                    result.put(name.substring(prefix.length()), values.get(0));
                }
            });
        }
        return new LinkedHashMap<>(result);
    }

    /** Removes the legacy attributes under {@code prefix}, if any; answers whether there were some. */
    public static boolean removeLegacy(OrganizationModel org, String prefix) {
        Map<String, List<String>> attributes = new HashMap<>(org.getAttributes() == null ? Map.of() : org.getAttributes());
        if (!attributes.keySet().removeIf(name -> name.startsWith(prefix))) {
            return false;
        }
        org.setAttributes(attributes);
        return true;
    }

    public static void setAttribute(OrganizationModel org, String name, String value) {
        Map<String, List<String>> attributes = new HashMap<>(org.getAttributes() == null ? Map.of() : org.getAttributes());
        attributes.put(name, List.of(value));
        org.setAttributes(attributes);
    }
}
