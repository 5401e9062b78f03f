package dev.orgkit.organizations.representation;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.orgkit.organizations.spi.OrgkitException;

/**
 * Reads a JSON request body into an input class, so that a body orgkit cannot use is a 400
 * {@code invalid_request} that says what is wrong (unknown field, wrong type, not JSON), never
 * Keycloak's bare {@code unknown_error}. An empty body is {@code null}: each endpoint says what it needs.
 */
public final class Bodies {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    private Bodies() {
    }

    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw OrgkitException.invalid("unknown field '" + path(e) + "'");
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw OrgkitException.invalid(field.isEmpty() ? "the body must be a JSON object"
                    : field + " has the wrong type");
        } catch (JsonMappingException e) {
            String field = path(e);
            throw OrgkitException.invalid(field.isEmpty() ? "the body cannot be read" : field + " cannot be read");
        } catch (JsonProcessingException e) {
            throw OrgkitException.invalid("the body is not valid JSON");
        }
    }

    /** The field's path, e.g. {@code public_metadata.plan}. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
