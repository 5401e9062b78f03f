package dev.orgkit.security.backfill;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import dev.orgkit.organizations.spi.OrgkitApiExtension;
import dev.orgkit.organizations.spi.OrgkitApiExtensionFactory;

/** The personal-organization backfill, an admin operation of the orgkit API ({@code .../orgkit/backfill}). */
public final class BackfillExtensionFactory implements OrgkitApiExtensionFactory {

    public static final String PROVIDER_ID = "backfill";

    @Override
    public OrgkitApiExtension create(KeycloakSession session) {
        return new BackfillExtension();
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
