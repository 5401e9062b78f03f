package dev.orgkit.organizations.spi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import dev.orgkit.organizations.service.OrganizationService;

/** A request about one organization, as an {@link OrgkitApiExtension} receives it. */
public record OrgRequest(KeycloakSession session, RealmModel realm, OrgAccess access, OrganizationService service) {
}
