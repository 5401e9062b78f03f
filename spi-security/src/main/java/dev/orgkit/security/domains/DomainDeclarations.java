package dev.orgkit.security.domains;

import java.util.List;

import org.keycloak.events.admin.OperationType;

import dev.orgkit.organizations.spi.OrgAction;
import dev.orgkit.organizations.spi.SystemPermission;

/** The permissions domains check and the changes they record, declared to the core. */
public final class DomainDeclarations {

    public static final String READ = "org:sys_domains:read";
    public static final String MANAGE = "org:sys_domains:manage";

    public static final OrgAction ADDED = domain("domain.added", OperationType.CREATE).event("organizationDomain.created");
    public static final OrgAction UPDATED = domain("domain.updated", OperationType.UPDATE).event("organizationDomain.updated");
    public static final OrgAction VERIFIED = domain("domain.verified", OperationType.UPDATE).event("organizationDomain.updated");
    public static final OrgAction REMOVED = domain("domain.removed", OperationType.DELETE).event("organizationDomain.deleted");

    public static final List<OrgAction> ACTIONS = List.of(ADDED, UPDATED, VERIFIED, REMOVED);
    public static final List<SystemPermission> PERMISSIONS = List.of(SystemPermission.adminOnly(READ),
            SystemPermission.adminOnly(MANAGE));

    private DomainDeclarations() {
    }

    private static OrgAction domain(String name, OperationType operation) {
        return OrgAction.of(name, operation).under("domains");
    }
}
