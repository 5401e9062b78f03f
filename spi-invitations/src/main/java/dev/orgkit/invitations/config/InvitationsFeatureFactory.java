package dev.orgkit.invitations.config;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.spi.OrgkitFeature;
import dev.orgkit.organizations.spi.OrgkitFeatureFactory;
import dev.orgkit.organizations.spi.Setting;

/** Declares the settings and actions of invitations to the core. */
public final class InvitationsFeatureFactory implements OrgkitFeatureFactory {

    public static final String PROVIDER_ID = "invitations";

    private static final OrgkitFeature FEATURE = new OrgkitFeature() {
        @Override
        public List<Setting> settings() {
            return InvitationSettings.ALL;
        }

        @Override
        public List<OrgAction> actions() {
            return InvitationActions.ALL;
        }
    };

    @Override
    public OrgkitFeature create(KeycloakSession session) {
        return FEATURE;
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
