package dev.orgkit.spring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The JSON bodies of refusals, in orgkit's error shape ({@code {"error": ..., "error_description": ...}}):
 * <ul>
 *   <li>401 {@code unauthorized}: no bearer token, or one that is invalid (signature, issuer, audience, expiry);
 *       with {@code WWW-Authenticate: Bearer} as RFC 6750 asks;</li>
 *   <li>403 {@code forbidden} ({@code requires permission org:invoices:read}, {@code requires role org:admin}) or
 *       {@code no_active_organization}, after a failed {@code @orgkit.*} check; otherwise {@code forbidden}.</li>
 * </ul>
 */
public final class OrgkitErrorResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String description;
        if (failure instanceof InvalidBearerTokenException) {
            description = failure.getMessage();
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        } else {
            description = "a valid bearer token is required";
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", description);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Object recorded = request.getAttribute(Requirement.ATTRIBUTE);
        Requirement requirement = recorded instanceof Requirement r ? r : new Requirement("forbidden", "access denied");
        write(response, HttpServletResponse.SC_FORBIDDEN, requirement.error(), requirement.description());
    }

    static void write(HttpServletResponse response, int status, String error, String description) throws IOException {
        writeJson(response, status, "{\"error\":" + Json.string(error) + ",\"error_description\":" + Json.string(description) + "}");
    }

    static void writeJson(HttpServletResponse response, int status, String json) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
    }
}
