package dev.orgkit.security.mfa;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import dev.orgkit.organizations.spi.OrgkitApiExtension;
import dev.orgkit.organizations.spi.OrgkitApiExtensionFactory;

/** Adds {@code security} (per-organization MFA requirement) to the orgkit API. */
public final class SecurityExtensionFactory implements OrgkitApiExtensionFactory {

    public static final String PROVIDER_ID = "security";

    @Override
    public OrgkitApiExtension create(KeycloakSession session) {
        return new SecurityExtension();
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
