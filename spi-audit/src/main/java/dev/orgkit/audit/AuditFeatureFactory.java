package dev.orgkit.audit;

import java.util.List;

import dev.orgkit.organizations.spi.DeclaredFeatureFactory;
import dev.orgkit.organizations.spi.Setting;
import dev.orgkit.organizations.spi.SystemPermission;

/** Declares the audit log's setting and permission to the core. */
public final class AuditFeatureFactory extends DeclaredFeatureFactory {

    public static final String PROVIDER_ID = "audit";

    /** Reading an organization's audit log. */
    public static final String READ_PERMISSION = "org:sys_audit:read";

    static final Setting RETENTION_DAYS = Setting.count("audit-retention-days", 365, 0, 1_000_000,
            "Days the audit log keeps an entry.");

    public AuditFeatureFactory() {
        super(PROVIDER_ID, List.of(RETENTION_DAYS), List.of(), List.of(SystemPermission.adminOnly(READ_PERMISSION)));
    }
}
