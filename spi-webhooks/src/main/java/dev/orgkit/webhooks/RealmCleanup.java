package dev.orgkit.webhooks;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** Removes a realm's webhook endpoints and messages when the realm is deleted, in that transaction. */
final class RealmCleanup {

    private RealmCleanup() {
    }

    static void removeAll(KeycloakSession session, String realmId) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        em.createQuery("DELETE FROM OrgkitWebhookDelivery d WHERE d.realmId = :realm").setParameter("realm", realmId).executeUpdate();
        em.createQuery("DELETE FROM OrgkitWebhookEndpoint e WHERE e.realmId = :realm").setParameter("realm", realmId).executeUpdate();
    }
}
