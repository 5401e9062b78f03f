package dev.orgkit.security.mfa;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserSessionModel;

import dev.orgkit.organizations.spi.AdminRequest;
import dev.orgkit.organizations.spi.OrgRequest;
import dev.orgkit.organizations.spi.OrgkitApiExtension;

/** The {@code security} endpoints of the orgkit API, and the MFA check on switching the active organization. */
final class SecurityExtension implements OrgkitApiExtension {

    @Override
    public Object organizationResource(OrgRequest request) {
        return new OrgSecurityResource(request);
    }

    @Override
    public Object adminResource(AdminRequest request) {
        return new AdminSecurityResource(request);
    }

    @Override
    public void checkActivation(KeycloakSession session, UserSessionModel userSession, OrganizationModel org) {
        MfaActivationCheck.check(userSession, org);
    }
}
