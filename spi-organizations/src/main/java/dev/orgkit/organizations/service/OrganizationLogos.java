package dev.orgkit.organizations.service;

import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

import org.keycloak.models.OrganizationModel;

import dev.orgkit.organizations.logo.LogoImage;
import dev.orgkit.organizations.logo.Logos;
import dev.orgkit.organizations.roles.RoleNames;
import dev.orgkit.organizations.spi.OrgAccess;

/**
 * Setting and removing an organization's logo: a profile change like a new name, so it needs
 * {@code org:sys_profile:manage} and is recorded as {@code organization.updated} (detail
 * {@code image}: {@code changed} or {@code removed}). Uploading the logo the organization has
 * already, or removing a logo it does not have, changes nothing and records nothing.
 */
public final class OrganizationLogos {

    private final OrganizationService organizations;
    private final Logos logos;

    OrganizationLogos(OrganizationService organizations) {
        this.organizations = organizations;
        this.logos = Logos.of(organizations.session());
    }

    /** Checks the caller, then reads and checks the image; answers the organization after the change. */
    public OrganizationModel set(OrgAccess access, Supplier<InputStream> content) {
        requireChangeAllowed(access);
        LogoImage image = LogoImage.read(content.get());
        OrganizationModel org = access.org();
        organizations.requireStillExists(org);
        if (logos.store(organizations.realm().getId(), org.getId(), image)) {
            organizations.recordUpdated(org, Map.of("image", "changed"));
        }
        return org;
    }

    /** Removes the logo; answers the organization after the change. */
    public OrganizationModel clear(OrgAccess access) {
        requireChangeAllowed(access);
        OrganizationModel org = access.org();
        organizations.requireStillExists(org);
        if (logos.remove(org.getId())) {
            organizations.recordUpdated(org, Map.of("image", "removed"));
        }
        return org;
    }

    private static void requireChangeAllowed(OrgAccess access) {
        access.require(RoleNames.PROFILE_MANAGE);
        access.requireChangeable();
    }
}
