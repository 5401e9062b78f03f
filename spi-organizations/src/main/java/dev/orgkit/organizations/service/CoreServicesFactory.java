package dev.orgkit.organizations.service;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import dev.orgkit.organizations.spi.OrgkitCore;
import dev.orgkit.organizations.spi.OrgkitCoreFactory;

/** Provides {@link OrgkitCore} to feature jars. */
public final class CoreServicesFactory implements OrgkitCoreFactory {

    public static final String PROVIDER_ID = "default";

    @Override
    public OrgkitCore create(KeycloakSession session) {
        return new CoreServices(session);
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
