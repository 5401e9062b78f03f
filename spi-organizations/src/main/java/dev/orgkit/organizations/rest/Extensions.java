package dev.orgkit.organizations.rest;

import java.util.function.Function;

import org.keycloak.models.KeycloakSession;
import dev.orgkit.organizations.spi.OrgkitApiExtension;
import dev.orgkit.organizations.spi.OrgkitException;

/** Finds the {@link OrgkitApiExtension} for a path segment and asks it for a sub-resource. */
final class Extensions {

    private Extensions() {
    }

    static Object locate(KeycloakSession session, String segment, Function<OrgkitApiExtension, Object> resource) {
        OrgkitApiExtension extension = segment == null ? null : session.getProvider(OrgkitApiExtension.class, segment);
        Object found = extension == null ? null : resource.apply(extension);
        if (found == null) {
            throw OrgkitException.notFound("no such endpoint");
        }
        return found;
    }
}
