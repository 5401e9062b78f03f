package dev.orgkit.organizations.spi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import dev.orgkit.organizations.service.OrganizationService;

/** A realm-admin request, as an {@link OrgkitApiExtension} receives it. */
public record AdminRequest(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                           OrganizationService service) {
}
