package dev.orgkit.security.mfa;


import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.OrgRequest;
import dev.orgkit.organizations.spi.OrgkitApiExtension;

/** The {@code security} endpoints of the orgkit API. */
final class SecurityExtension implements OrgkitApiExtension {

    @Override
    public Object organizationResource(OrgRequest request) {
        return new OrgSecurityResource(request);
    }

    @Override
    public Object adminResource(AdminRequest request) {
        return new AdminSecurityResource(request);
    }
}
