package dev.orgkit.security.feature;

import java.util.List;
import java.util.stream.Stream;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.spi.OrgkitFeature;
import dev.orgkit.organizations.spi.OrgkitFeatureFactory;
import dev.orgkit.organizations.spi.Setting;
import dev.orgkit.organizations.spi.SystemPermission;
import dev.orgkit.security.domains.DomainDeclarations;
import dev.orgkit.security.enrollment.RequestActions;
import dev.orgkit.security.signup.AllowlistSettings;

/** Declares what the security jar adds: the sign-up allowlist's settings, domain and membership-request actions, domain permissions. */
public final class SecurityFeatureFactory implements OrgkitFeatureFactory {

    public static final String PROVIDER_ID = "security";

    private static final OrgkitFeature FEATURE = new OrgkitFeature() {
        @Override
        public List<Setting> settings() {
            return AllowlistSettings.ALL;
        }

        @Override
        public List<OrgAction> actions() {
            return Stream.concat(DomainDeclarations.ACTIONS.stream(), RequestActions.ALL.stream()).toList();
        }

        @Override
        public List<SystemPermission> permissions() {
            return DomainDeclarations.PERMISSIONS;
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
