package dev.orgkit.spring;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClientResponseException;

/**
 * An error answer of orgkit's API to an {@link OrgkitRestClient} call: its status and its
 * {@code {"error": ..., "error_description": ...}} (docs/api.md, "Errors"). The starter's
 * {@link OrgkitApiErrorHandler} answers the app's caller with the same status and body, so a 403 or 404 of orgkit
 * reaches the app's client in orgkit's words instead of a 500; an app that wants another answer catches this.
 */
public final class OrgkitApiException extends RuntimeException {

    /** {@code error} when orgkit's answer was not its error JSON (e.g. a proxy's HTML page). */
    public static final String UNKNOWN_ERROR = "orgkit_api_error";

    private final int status;
    private final String error;
    private final String description;
    private final String body;
    private final String retryAfter;

    /** An error as orgkit words it; {@code description} may be null (orgkit's 404 {@code {"error":"not_found"}}). */
    public OrgkitApiException(int status, String error, String description) {
        this(status, error, description, null, null, null);
    }

    private OrgkitApiException(int status, String error, String description, String body, String retryAfter, Throwable cause) {
        super("orgkit's API answered " + status + " " + error + (description != null ? ": " + description : ""), cause);
        this.status = status;
        this.error = error;
        this.description = description;
        this.body = body;
        this.retryAfter = retryAfter;
    }

    /** From RestClient's exception for an error status; its body converters read orgkit's error JSON. */
    static OrgkitApiException of(RestClientResponseException failure) {
        int status = failure.getStatusCode().value();
        dev.orgkit.spring.client.model.Error answer = errorBody(failure);
        HttpHeaders headers = failure.getResponseHeaders();
        String retryAfter = headers != null ? headers.getFirst(HttpHeaders.RETRY_AFTER) : null;
        if (answer == null || answer.getError() == null || answer.getError().isBlank()) {
            return new OrgkitApiException(status, UNKNOWN_ERROR, "orgkit's API answered " + status, null, retryAfter, failure);
        }
        String body = new String(failure.getResponseBodyAsByteArray(), StandardCharsets.UTF_8);
        return new OrgkitApiException(status, answer.getError(), answer.getErrorDescription(), body, retryAfter, failure);
    }

    private static dev.orgkit.spring.client.model.Error errorBody(RestClientResponseException failure) {
        try {
            return failure.getResponseBodyAs(dev.orgkit.spring.client.model.Error.class);
        } catch (RuntimeException notOrgkitsJson) {
            return null;
        }
    }

    /** orgkit's HTTP status, e.g. 403. */
    public int getStatus() {
        return status;
    }

    /** orgkit's {@code error} code, e.g. {@code forbidden}, {@code not_found}; {@link #UNKNOWN_ERROR} for a body that was not orgkit's. */
    public String getError() {
        return error;
    }

    /** orgkit's {@code error_description}, or null when it gave none. */
    public String getDescription() {
        return description;
    }

    /** orgkit's {@code Retry-After} header (with a 429), or null. */
    public String getRetryAfter() {
        return retryAfter;
    }

    /** orgkit's JSON body as it came (with fields beyond {@code error}, e.g. {@code max_allowed_memberships}), or null. */
    String body() {
        return body;
    }
}
