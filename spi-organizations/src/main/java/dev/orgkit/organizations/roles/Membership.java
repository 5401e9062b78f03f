package dev.orgkit.organizations.roles;

import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;

import dev.orgkit.organizations.spi.OrgRole;

/**
 * A member of an organization with the role they hold: what the member services answer.
 *
 * @param managed whether the member belongs to the organization's identity provider
 */
public record Membership(OrganizationModel org, UserModel user, OrgRole role, boolean managed) {
}
