package dev.orgkit.organizations.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.keycloak.common.util.Resteasy;
import org.keycloak.models.KeycloakSession;

import dev.orgkit.organizations.spi.OrgkitException;

/**
 * The one place where a refusal becomes an HTTP answer, for every orgkit endpoint of every jar:
 * the status of its kind, its headers and the JSON body {@code {"error", "error_description", ...}}.
 * Like Keycloak's own error handler, it marks the request's transaction for rollback.
 */
@Provider
public final class OrgkitExceptionMapper implements ExceptionMapper<OrgkitException> {

    @Override
    public Response toResponse(OrgkitException refusal) {
        KeycloakSession session = Resteasy.getContextData(KeycloakSession.class);
        if (session != null) {
            session.getTransactionManager().setRollbackOnly();
        }
        return response(refusal);
    }

    static Response response(OrgkitException refusal) {
        Response.ResponseBuilder response = Response.status(refusal.kind().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(refusal.body());
        refusal.headers().forEach(response::header);
        return response.build();
    }
}
