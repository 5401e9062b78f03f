package dev.orgkit.webhooks.admin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.orgkit.organizations.spi.OrgkitException;
import dev.orgkit.webhooks.config.EventTypes;
import dev.orgkit.webhooks.signing.Signature;

/**
 * The fields of an endpoint an admin sends, checked: each is null when absent. Parsed from a plain
 * JSON object so every mistake is a 400 with a clear description.
 */
record EndpointInput(String url, String description, List<String> eventTypes, Boolean enabled, String headerStyle) {

    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_DESCRIPTION_LENGTH = 255;
    private static final Set<String> FIELDS = Set.of("url", "description", "event_types", "enabled", "header_style");

    static EndpointInput parse(Map<String, Object> body, List<String> knownTypes) {
        if (body == null) {
            throw OrgkitException.invalid("a JSON object is required");
        }
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key)) {
                throw OrgkitException.invalid("unknown field '" + key + "'; an endpoint has " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        return new EndpointInput(url(body.get("url")), description(body.get("description")), eventTypes(body.get("event_types"), knownTypes),
                enabled(body.get("enabled")), headerStyle(body.get("header_style")));
    }

    /** An absolute http or https URL with a host; anything else is refused with 400. */
    static String url(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw OrgkitException.badRequest("invalid_url", "url must be an http or https URL");
        }
        String url = text.trim();
        if (url.length() > MAX_URL_LENGTH) {
            throw OrgkitException.badRequest("invalid_url", "url must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw OrgkitException.badRequest("invalid_url", "url is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw OrgkitException.badRequest("invalid_url", "url must use http or https");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw OrgkitException.badRequest("invalid_url", "url must name a host");
        }
        if (uri.getUserInfo() != null) {
            throw OrgkitException.badRequest("invalid_url", "url must not carry credentials; the signature authenticates the sender");
        }
        if (uri.getFragment() != null) {
            throw OrgkitException.badRequest("invalid_url", "url must not have a fragment");
        }
        return url;
    }

    private static String description(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw OrgkitException.invalid("description must be a string");
        }
        if (text.length() > MAX_DESCRIPTION_LENGTH) {
            throw OrgkitException.invalid("description must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return text.strip();
    }

    /** A list of known event types; an empty list means every type. */
    private static List<String> eventTypes(Object value, List<String> knownTypes) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            throw OrgkitException.badRequest("invalid_event_types", "event_types must be a list of event types (empty for all)");
        }
        List<String> types = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String type) || !knownTypes.contains(type)) {
                throw OrgkitException.badRequest("invalid_event_types", "unknown event type '" + item + "'; known types: "
                        + String.join(", ", knownTypes));
            }
            if (!types.contains(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private static Boolean enabled(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Boolean flag)) {
            throw OrgkitException.invalid("enabled must be true or false");
        }
        return flag;
    }

    private static String headerStyle(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String style) || !Signature.isStyle(style)) {
            throw OrgkitException.invalid("header_style must be '" + Signature.STANDARD + "' (webhook-* headers) or '"
                    + Signature.SVIX + "' (svix-* headers)");
        }
        return style;
    }
}
