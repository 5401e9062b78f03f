package dev.orgkit.organizations.spi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import dev.orgkit.organizations.access.Caller;
import dev.orgkit.organizations.service.OrganizationService;

/** A request of an authenticated user about themselves, as an {@link OrgkitApiExtension} receives it. */
public record MeRequest(KeycloakSession session, RealmModel realm, Caller caller, OrganizationService service) {
}
