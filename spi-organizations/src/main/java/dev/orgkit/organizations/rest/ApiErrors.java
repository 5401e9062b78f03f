package dev.orgkit.organizations.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.services.ErrorResponseException;

/**
 * Every error the orgkit API answers, as {@code {"error": "...", "error_description": "..."}}.
 * Throwing one of these also rolls the request's transaction back.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static ErrorResponseException badRequest(String error, String description) {
        return of(Response.Status.BAD_REQUEST, error, description);
    }

    public static ErrorResponseException invalid(String description) {
        return badRequest("invalid_request", description);
    }

    public static ErrorResponseException unauthorized(String realmName) {
        Response response = Response.status(Response.Status.UNAUTHORIZED)
                .header("WWW-Authenticate", "Bearer realm=\"" + realmName + "\"")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body("unauthorized", "a valid bearer access token of this realm is required"))
                .build();
        return new ErrorResponseException(response);
    }

    public static ErrorResponseException forbidden(String description) {
        return of(Response.Status.FORBIDDEN, "forbidden", description);
    }

    public static ErrorResponseException forbidden(String error, String description) {
        return of(Response.Status.FORBIDDEN, error, description);
    }

    public static ErrorResponseException notFound(String description) {
        return of(Response.Status.NOT_FOUND, "not_found", description);
    }

    public static ErrorResponseException conflict(String error, String description) {
        return of(Response.Status.CONFLICT, error, description);
    }

    public static ErrorResponseException tooManyRequests(long retryAfterSeconds, String description) {
        Response response = Response.status(Response.Status.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body("rate_limited", description))
                .build();
        return new ErrorResponseException(response);
    }

    public static ErrorResponseException of(Response.Status status, String error, String description) {
        Response response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(error, description))
                .build();
        return new ErrorResponseException(response);
    }

    private static Map<String, String> body(String error, String description) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return body;
    }
}
