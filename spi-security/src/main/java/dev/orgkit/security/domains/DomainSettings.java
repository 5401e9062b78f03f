package dev.orgkit.security.domains;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.OrganizationModel;

/**
 * What orgkit keeps about one domain of an organization, in one organization attribute
 * {@code orgkit.domain.<domain>} = {@code "<enrollment mode> <verification token>"}, so it travels
 * with a realm export and shows in the admin console. An unverified claim is only this attribute;
 * the domain becomes a native (verified) domain of the organization when its DNS record is proven.
 * A domain added outside orgkit (admin console, import) has none: its mode is
 * {@code manual_invitation} and it has no verification record.
 *
 * @param token the verification token, or null
 */
public record DomainSettings(EnrollmentMode mode, String token) {

    public static final String ATTRIBUTE_PREFIX = "orgkit.domain.";

    public static DomainSettings read(OrganizationModel org, String domain) {
        Map<String, List<String>> attributes = org.getAttributes();
        List<String> values = attributes == null ? null : attributes.get(ATTRIBUTE_PREFIX + domain);
        return parse(values == null || values.isEmpty() ? null : values.get(0));
    }

    /** The settings stored as {@code raw} (an attribute value), the defaults when there is none. */
    public static DomainSettings parse(String raw) {
        if (raw == null) {
            return new DomainSettings(EnrollmentMode.MANUAL_INVITATION, null);
        }
        String[] parts = raw.strip().split(" ", 2);
        EnrollmentMode mode = EnrollmentMode.parse(parts[0]).orElse(EnrollmentMode.MANUAL_INVITATION);
        String token = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
        return new DomainSettings(mode, token);
    }

    public void write(OrganizationModel org, String domain) {
        Map<String, List<String>> attributes = new HashMap<>(org.getAttributes() == null ? Map.of() : org.getAttributes());
        attributes.put(ATTRIBUTE_PREFIX + domain, List.of(mode.value() + (token == null ? "" : " " + token)));
        org.setAttributes(attributes);
    }

    public static void remove(OrganizationModel org, String domain) {
        Map<String, List<String>> attributes = new HashMap<>(org.getAttributes() == null ? Map.of() : org.getAttributes());
        if (attributes.remove(ATTRIBUTE_PREFIX + domain) != null) {
            org.setAttributes(attributes);
        }
    }

    /** Whether orgkit keeps settings for {@code domain} on the organization (a claim, verified or not). */
    public static boolean exists(OrganizationModel org, String domain) {
        Map<String, List<String>> attributes = org.getAttributes();
        return attributes != null && attributes.containsKey(ATTRIBUTE_PREFIX + domain);
    }

    /** The domains orgkit keeps settings for on the organization. */
    public static List<String> names(OrganizationModel org) {
        Map<String, List<String>> attributes = org.getAttributes();
        if (attributes == null) {
            return List.of();
        }
        return attributes.keySet().stream()
                .filter(name -> name.startsWith(ATTRIBUTE_PREFIX))
                .map(name -> name.substring(ATTRIBUTE_PREFIX.length()))
                .toList();
    }

    public DomainSettings withMode(EnrollmentMode newMode) {
        return new DomainSettings(newMode, token);
    }

    public VerificationRecord record(String domain) {
        return token == null ? null : VerificationRecord.of(domain, token);
    }
}
