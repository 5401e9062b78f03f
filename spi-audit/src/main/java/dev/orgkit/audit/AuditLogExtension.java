package dev.orgkit.audit;

import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.OrgRequest;
import dev.orgkit.organizations.spi.OrgkitApiExtension;

/** Serves the audit log under an organization and, for realm admins, across the realm. */
final class AuditLogExtension implements OrgkitApiExtension {

    @Override
    public Object organizationResource(OrgRequest request) {
        return new AuditLogResource(request.session(), request.access());
    }

    @Override
    public Object adminResource(AdminRequest request) {
        return new AdminAuditLogResource(request);
    }
}
