package dev.orgkit.organizations.spi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Public and private metadata as Clerk has it: a JSON object of any JSON values (nested objects,
 * arrays, numbers, booleans, strings, null), at most {@value #MAX_BYTES} bytes once serialised,
 * stored as its JSON text. Used for organizations, memberships and invitations alike.
 *
 * <p>Part of orgkit's public, unstable API for its feature jars (see the package description).
 */
public final class JsonMetadata {

    /** Clerk's limit per metadata object. */
    public static final int MAX_BYTES = 8 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private JsonMetadata() {
    }

    /**
     * The stored form of metadata given in a request; 400 {@code invalid_request} naming
     * {@code field} when it is larger than {@value #MAX_BYTES} bytes. {@code null} stays null (not given).
     */
    public static String toStored(String field, Map<String, Object> metadata) {
        if (metadata == null) {
            return null;
        }
        String text;
        try {
            text = JSON.writeValueAsString(metadata);
        } catch (IOException e) {
            throw OrgkitException.invalid(field + " cannot be stored");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw OrgkitException.of(OrgkitException.Kind.INVALID, "metadata_too_large",
                    field + " is " + bytes + " bytes; at most " + MAX_BYTES + " are allowed",
                    Map.of("field", field, "max_bytes", MAX_BYTES));
        }
        return text;
    }

    /** The metadata of a stored JSON text; an empty object for none. */
    public static Map<String, Object> fromStored(String stored) {
        if (stored == null || stored.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return JSON.readValue(stored, OBJECT);
        } catch (IOException e) {
            throw new IllegalStateException("stored metadata is not a JSON object", e);
        }
    }

    /** Metadata as stored when nothing was given: an empty object. */
    public static String empty() {
        return "{}";
    }
}
