package dev.orgkit.spring;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What an {@code @orgkit.*} check found missing, kept on the request so that the 403 body can name it
 * ({@code requires permission org:invoices:read}). The last failed check wins.
 */
record Requirement(String error, String description) {

    static final String ATTRIBUTE = Requirement.class.getName();

    static Requirement noActiveOrganization() {
        return new Requirement("no_active_organization", "requires an active organization");
    }

    static Requirement permission(String permission) {
        return new Requirement("forbidden", "requires permission " + permission);
    }

    static Requirement role(String role) {
        return new Requirement("forbidden", "requires role " + role);
    }

    void record() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, this, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
