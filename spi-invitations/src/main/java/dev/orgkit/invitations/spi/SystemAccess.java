package dev.orgkit.invitations.spi;

import org.keycloak.models.OrganizationModel;

import dev.orgkit.organizations.spi.OrgAccess;
import dev.orgkit.organizations.spi.Actor;
import dev.orgkit.organizations.spi.OrgRole;

/**
 * orgkit itself acting in one organization (automatic enrollment): privileged, so no rate limit
 * and no role ceiling, and recorded with the {@code system} actor.
 */
final class SystemAccess implements OrgAccess {

    private final OrganizationModel org;

    SystemAccess(OrganizationModel org) {
        this.org = org;
    }

    @Override
    public OrganizationModel org() {
        return org;
    }

    @Override
    public void require(String permission) {
    }

    @Override
    public void requireVisible() {
    }

    @Override
    public boolean can(String permission) {
        return true;
    }

    @Override
    public boolean privileged() {
        return true;
    }

    @Override
    public boolean covers(OrgRole role) {
        return true;
    }

    @Override
    public String callerId() {
        return null;
    }

    @Override
    public Actor actor() {
        return Actor.system();
    }

    @Override
    public String ipAddress() {
        return null;
    }

    @Override
    public String userAgent() {
        return null;
    }
}
