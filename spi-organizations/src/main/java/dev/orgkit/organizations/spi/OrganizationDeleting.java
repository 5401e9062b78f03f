package dev.orgkit.organizations.spi;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderEvent;

/**
 * Published on the session factory when orgkit is about to delete an organization, in the
 * deletion's transaction and under the organization's lock, before the memberships' and the
 * organization's own events are recorded. A feature records with {@code changes} what the deletion
 * ends of its own (e.g. pending invitations, revoked), so apps hear of it before
 * {@code organization.deleted}; its rows go with the organization (cascading foreign keys).
 *
 * <p>Part of orgkit's public, unstable API for its feature jars (see the package description).
 */
public record OrganizationDeleting(KeycloakSession session, RealmModel realm, OrganizationModel organization,
                                   ChangeRecorder changes) implements ProviderEvent {

    public void publish() {
        session.getKeycloakSessionFactory().publish(this);
    }
}
