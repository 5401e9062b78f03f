package dev.orgkit.security.mfa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.OrganizationModel;

/**
 * Whether an organization requires its members to sign in with a second factor: a native
 * organization attribute, so it shows in the admin console and travels with a realm export.
 */
public final class MfaRequirement {

    /** Organization attribute; {@code true} when the organization requires MFA, absent otherwise. */
    public static final String ATTRIBUTE = "orgkit.mfa-required";

    private MfaRequirement() {
    }

    public static boolean required(OrganizationModel org) {
        Map<String, List<String>> attributes = org == null ? null : org.getAttributes();
        List<String> values = attributes == null ? null : attributes.get(ATTRIBUTE);
        return values != null && !values.isEmpty() && "true".equalsIgnoreCase(values.get(0));
    }

    /** Stores the setting, whatever the model says it is now (the caller decided on committed rows). */
    static void write(OrganizationModel org, boolean required) {
        Map<String, List<String>> attributes = new HashMap<>(org.getAttributes() == null ? Map.of() : org.getAttributes());
        if (required) {
            attributes.put(ATTRIBUTE, List.of("true"));
        } else {
            attributes.remove(ATTRIBUTE);
        }
        org.setAttributes(attributes);
    }
}
