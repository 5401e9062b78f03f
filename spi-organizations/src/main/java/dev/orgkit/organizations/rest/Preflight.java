package dev.orgkit.organizations.rest;

import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.cors.Cors;

/**
 * Answers CORS preflight requests anywhere under the API, before any authentication: browsers
 * send them without credentials.
 */
public final class Preflight {

    static boolean isPreflight(KeycloakSession session) {
        return session.getContext().getHttpRequest() != null
                && "OPTIONS".equalsIgnoreCase(session.getContext().getHttpRequest().getHttpMethod());
    }

    @OPTIONS
    public Response here() {
        return answer();
    }

    @OPTIONS
    @Path("{any:.*}")
    public Response below() {
        return answer();
    }

    static Response answer() {
        return Cors.builder().preflight().allowedMethods("GET", "POST", "PUT", "PATCH", "DELETE").auth().add(Response.ok());
    }
}
