package dev.orgkit.spring;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an {@link OrgkitApiException} that a controller lets through as orgkit worded it: a 4xx with orgkit's
 * status and JSON body (and {@code Retry-After}), so that a 403 {@code forbidden} or 404 {@code not_found} of
 * orgkit's API reaches the app's caller unchanged. A 5xx of orgkit is the app's 502 {@code bad_gateway}: the app
 * did not fail, the service behind it did. Last in order, so an app's own {@code @ExceptionHandler} wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public final class OrgkitApiErrorHandler {

    static final int BAD_GATEWAY = 502;

    @ExceptionHandler(OrgkitApiException.class)
    void orgkitRefused(OrgkitApiException failure, HttpServletResponse response) throws IOException {
        if (failure.getRetryAfter() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, failure.getRetryAfter());
        }
        int status = failure.getStatus();
        if (status < 400 || status >= 500) {
            OrgkitErrorResponses.write(response, BAD_GATEWAY, "bad_gateway", "orgkit's API answered " + status);
            return;
        }
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        if (failure.body() != null) {
            OrgkitErrorResponses.writeJson(response, status, failure.body());
        } else {
            OrgkitErrorResponses.write(response, status, failure.getError(), failure.getDescription());
        }
    }
}
