package dev.orgkit.organizations.spi;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Why orgkit refuses something: a {@link Kind}, a machine-readable {@code error} code and a
 * sentence for people. Services and feature jars throw it; they choose the kind, never an HTTP
 * status. The HTTP answer, {@code {"error": "...", "error_description": "..."}} with the status of
 * the kind, is derived here and nowhere else. Throwing it rolls the request's transaction back.
 *
 * <p>It extends {@link WebApplicationException} only as a carrier: Keycloak gives provider jars no
 * supported way to register a JAX-RS exception mapper, and its own error handler answers every
 * other exception with a 500. See {@code docs/decisions.md}.
 */
public final class OrgkitException extends WebApplicationException {

    /** What kind of refusal this is; each has one HTTP status. */
    public enum Kind {
        INVALID(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), RATE_LIMITED(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String error;
    private final String description;

    private OrgkitException(Kind kind, String error, String description, Map<String, ?> extra, Map<String, String> headers) {
        super(description, toResponse(kind, error, description, extra, headers));
        this.kind = kind;
        this.error = error;
        this.description = description;
    }

    public static OrgkitException of(Kind kind, String error, String description) {
        return new OrgkitException(kind, error, description, Map.of(), Map.of());
    }

    /** A refusal whose body carries more than the error and its description (e.g. what was expected). */
    public static OrgkitException of(Kind kind, String error, String description, Map<String, ?> extra) {
        return new OrgkitException(kind, error, description, extra, Map.of());
    }

    public static OrgkitException badRequest(String error, String description) {
        return of(Kind.INVALID, error, description);
    }

    public static OrgkitException invalid(String description) {
        return badRequest("invalid_request", description);
    }

    public static OrgkitException unauthorized(String realmName) {
        return new OrgkitException(Kind.UNAUTHENTICATED, "unauthorized", "a valid bearer access token of this realm is required",
                Map.of(), Map.of("WWW-Authenticate", "Bearer realm=\"" + realmName + "\""));
    }

    public static OrgkitException forbidden(String description) {
        return of(Kind.FORBIDDEN, "forbidden", description);
    }

    public static OrgkitException forbidden(String error, String description) {
        return of(Kind.FORBIDDEN, error, description);
    }

    public static OrgkitException notFound(String description) {
        return of(Kind.NOT_FOUND, "not_found", description);
    }

    public static OrgkitException notFound(String error, String description) {
        return of(Kind.NOT_FOUND, error, description);
    }

    public static OrgkitException conflict(String error, String description) {
        return of(Kind.CONFLICT, error, description);
    }

    public static OrgkitException tooManyRequests(long retryAfterSeconds, String description) {
        return new OrgkitException(Kind.RATE_LIMITED, "rate_limited", description, Map.of(),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public Kind kind() {
        return kind;
    }

    public String error() {
        return error;
    }

    public String description() {
        return description;
    }

    private static Response toResponse(Kind kind, String error, String description, Map<String, ?> extra,
                                       Map<String, String> headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        extra.forEach((key, value) -> body.putIfAbsent(key, value));
        Response.ResponseBuilder response = Response.status(kind.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        headers.forEach(response::header);
        return response.build();
    }
}
