package dev.orgkit.security.domains;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.OrganizationModel;

/**
 * What orgkit keeps about one domain of an organization, in one organization attribute
 * {@code orgkit.domain.<domain>} = {@code "<enrollment mode> <verification token or -> <created at> <updated at>"}
 * (epoch milliseconds; values written before orgkit kept times have only the first two), so it travels
 * with a realm export and shows in the admin console. An unverified claim is only this attribute;
 * the domain becomes a native (verified) domain of the organization when its DNS record is proven.
 * A domain added outside orgkit (admin console, import) has none: its mode is
 * {@code manual_invitation} and it has no verification record.
 *
 * @param token the verification token, or null
 * @param createdAt when orgkit first kept settings for the domain (epoch ms), 0 when unknown
 * @param updatedAt when they last changed (or the domain was verified), 0 when unknown
 */
public record DomainSettings(EnrollmentMode mode, String token, long createdAt, long updatedAt) {

    private static final String NO_TOKEN = "-";

    public static final String ATTRIBUTE_PREFIX = "orgkit.domain.";

    public static DomainSettings read(OrganizationModel org, String domain) {
        Map<String, List<String>> attributes = org.getAttributes();
        List<String> values = attributes == null ? null : attributes.get(ATTRIBUTE_PREFIX + domain);
        return parse(values == null || values.isEmpty() ? null : values.get(0));
    }

    /** The settings stored as {@code raw} (an attribute value), the defaults when there is none. */
    public static DomainSettings parse(String raw) {
        if (raw == null) {
            return new DomainSettings(EnrollmentMode.MANUAL_INVITATION, null, 0, 0);
        }
        String[] parts = raw.strip().split(" +");
        EnrollmentMode mode = EnrollmentMode.parse(parts[0]).orElse(EnrollmentMode.MANUAL_INVITATION);
        String token = parts.length > 1 && !parts[1].isBlank() && !parts[1].equals(NO_TOKEN) ? parts[1] : null;
        long createdAt = parts.length > 2 ? time(parts[2]) : 0;
        long updatedAt = parts.length > 3 ? time(parts[3]) : createdAt;
        return new DomainSettings(mode, token, createdAt, updatedAt);
    }

    /** The attribute value of these settings. */
    public String format() {
        return mode.value() + " " + (token == null ? NO_TOKEN : token) + " " + createdAt + " " + updatedAt;
    }

    private static long time(String raw) {
        try {
            return Math.max(0, Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public void write(OrganizationModel org, String domain) {
        Map<String, List<String>> attributes = new HashMap<>(org.getAttributes() == null ? Map.of() : org.getAttributes());
        attributes.put(ATTRIBUTE_PREFIX + domain, List.of(format()));
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

    public DomainSettings withMode(EnrollmentMode newMode, long now) {
        return new DomainSettings(newMode, token, createdAt == 0 ? now : createdAt, now);
    }

    /** The settings of a claim made (or a record issued) at {@code now}. */
    public static DomainSettings claimed(EnrollmentMode mode, String token, DomainSettings before, long now) {
        return new DomainSettings(mode, token, before.createdAt == 0 ? now : before.createdAt, now);
    }

    /** The same settings, changed at {@code now} (e.g. the domain was verified). */
    public DomainSettings touched(long now) {
        return new DomainSettings(mode, token, createdAt == 0 ? now : createdAt, now);
    }

    public VerificationRecord record(String domain) {
        return token == null ? null : VerificationRecord.of(domain, token);
    }
}
