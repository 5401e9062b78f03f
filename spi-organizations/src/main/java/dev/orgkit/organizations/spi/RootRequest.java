package dev.orgkit.organizations.spi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** An unauthenticated request under the orgkit API root, as an {@link OrgkitApiExtension} receives it. */
public record RootRequest(KeycloakSession session, RealmModel realm) {
}
