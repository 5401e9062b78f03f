package dev.orgkit.organizations.spi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why orgkit refuses something: a {@link Kind}, a machine-readable {@code error} code, a sentence
 * for people, and sometimes more facts for the body. Services and feature jars throw it; they
 * choose the kind, never an HTTP status. The REST layer turns it into the answer in one place (the
 * core's exception mapper): the kind's status and {@code {"error": "...", "error_description": "..."}},
 * and the request's transaction is rolled back.
 */
public final class OrgkitException extends RuntimeException {

    /** What kind of refusal this is; each has one HTTP status. */
    public enum Kind {
        INVALID(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_LARGE(413), RATE_LIMITED(429);

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
    private final Map<String, Object> extra;
    private final Map<String, String> headers;

    private OrgkitException(Kind kind, String error, String description, Map<String, ?> extra, Map<String, String> headers) {
        super(error + ": " + description);
        this.kind = kind;
        this.error = error;
        this.description = description;
        this.extra = Map.copyOf(extra);
        this.headers = Map.copyOf(headers);
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

    /**
     * A conflict that goes away by itself (e.g. a duplicate of a change just made): 409 with
     * {@code Retry-After}, the seconds after which the same request would be taken.
     */
    public static OrgkitException conflict(String error, String description, long retryAfterSeconds) {
        return new OrgkitException(Kind.CONFLICT, error, description, Map.of(),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
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

    /** More members of the answer's body, beside {@code error} and {@code error_description}. */
    public Map<String, Object> extra() {
        return extra;
    }

    /** Headers of the answer, e.g. {@code Retry-After} or {@code WWW-Authenticate}. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The answer's body. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        extra.forEach(body::putIfAbsent);
        return body;
    }
}
