package dev.orgkit.audit;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import dev.orgkit.organizations.spi.OrgkitFeature;
import dev.orgkit.organizations.spi.OrgkitFeatureFactory;
import dev.orgkit.organizations.spi.Setting;
import dev.orgkit.organizations.spi.SystemPermission;

/** Declares the audit log's setting and permission to the core. */
public final class AuditFeatureFactory implements OrgkitFeatureFactory {

    public static final String PROVIDER_ID = "audit";

    /** Reading an organization's audit log. */
    public static final String READ_PERMISSION = "org:sys_audit:read";

    static final Setting RETENTION_DAYS = Setting.count("audit-retention-days", 365, 0, 1_000_000,
            "Days the audit log keeps an entry.");

    private static final OrgkitFeature FEATURE = new OrgkitFeature() {
        @Override
        public List<Setting> settings() {
            return List.of(RETENTION_DAYS);
        }

        @Override
        public List<SystemPermission> permissions() {
            return List.of(SystemPermission.adminOnly(READ_PERMISSION));
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
