package dev.orgkit.organizations.service;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import dev.orgkit.organizations.config.OrgkitPolicy;
import dev.orgkit.organizations.events.CoreActions;
import dev.orgkit.organizations.roles.RoleNames;
import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.spi.OrgkitFeature;
import dev.orgkit.organizations.spi.OrgkitFeatureFactory;
import dev.orgkit.organizations.spi.Setting;
import dev.orgkit.organizations.spi.SystemPermission;

/** The core declares its settings, actions and system permissions the way every jar does. */
public final class CoreFeatureFactory implements OrgkitFeatureFactory {

    public static final String PROVIDER_ID = "core";

    private static final OrgkitFeature CORE = new OrgkitFeature() {
        @Override
        public List<Setting> settings() {
            return OrgkitPolicy.SETTINGS;
        }

        @Override
        public List<OrgAction> actions() {
            return CoreActions.ALL;
        }

        @Override
        public List<SystemPermission> permissions() {
            return RoleNames.CORE_PERMISSIONS;
        }
    };

    @Override
    public OrgkitFeature create(KeycloakSession session) {
        return CORE;
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
