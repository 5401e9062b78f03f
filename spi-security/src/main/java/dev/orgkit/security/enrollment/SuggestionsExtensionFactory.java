package dev.orgkit.security.enrollment;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import dev.orgkit.organizations.spi.MeRequest;
import dev.orgkit.organizations.spi.OrgkitApiExtension;
import dev.orgkit.organizations.spi.OrgkitApiExtensionFactory;

/** Adds {@code /me/organization-suggestions}. */
public final class SuggestionsExtensionFactory implements OrgkitApiExtensionFactory {

    public static final String PROVIDER_ID = "organization-suggestions";

    @Override
    public OrgkitApiExtension create(KeycloakSession session) {
        return new OrgkitApiExtension() {
            @Override
            public Object meResource(MeRequest request) {
                return new MySuggestionsResource(new Suggestions(request));
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
