package dev.orgkit.webhooks.outbox;

import jakarta.ws.rs.core.HttpHeaders;

import org.keycloak.models.KeycloakSession;

/**
 * The request a change came from, for the envelope's {@code event_attributes.http_request}
 * (Clerk's type says both are strings: unknown is empty, never null).
 */
public record RequestOrigin(String clientIp, String userAgent) {

    public static final RequestOrigin NONE = new RequestOrigin("", "");

    public RequestOrigin {
        clientIp = clientIp == null ? "" : clientIp;
        userAgent = userAgent == null ? "" : userAgent;
    }

    /** {@code clientIp} with the User-Agent of the session's HTTP request, if it has one. */
    public static RequestOrigin of(KeycloakSession session, String clientIp) {
        return new RequestOrigin(clientIp, userAgent(session));
    }

    private static String userAgent(KeycloakSession session) {
        try {
            HttpHeaders headers = session.getContext().getRequestHeaders();
            return headers == null ? "" : headers.getHeaderString(HttpHeaders.USER_AGENT);
        } catch (RuntimeException noRequest) {
            return ""; // a background task: there is no request to read
        }
    }
}
