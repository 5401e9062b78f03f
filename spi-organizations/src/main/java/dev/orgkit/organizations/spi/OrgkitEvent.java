package dev.orgkit.organizations.spi;

import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderEvent;

/**
 * One organization-level change, published on the session factory inside the transaction that
 * makes the change. Listeners (the audit log, the webhook outbox) write their rows with the same
 * session, so the change and its records commit or roll back together.
 *
 * @param session the session whose transaction carries the change
 * @param realm the realm
 * @param action what happened
 * @param organizationId the organization, or null for realm-level changes (policy, catalog)
 * @param actor who did it
 * @param targetType what the change is about: {@code organization}, {@code user}, {@code invitation}, {@code role}, {@code policy}
 * @param targetId the id of that thing
 * @param data the thing after the change, shaped like its REST representation (webhook {@code data})
 * @param details a few extra facts for the audit log, e.g. the previous role
 * @param ipAddress the client IP of the request, or null
 * @param userAgent the User-Agent of the request, or null
 * @param timestamp epoch milliseconds
 */
public record OrgkitEvent(KeycloakSession session, RealmModel realm, OrgAction action, String organizationId,
                          Actor actor, String targetType, String targetId, Object data, Map<String, String> details,
                          String ipAddress, String userAgent, long timestamp) implements ProviderEvent {

    public OrgkitEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public void publish() {
        session.getKeycloakSessionFactory().publish(this);
    }
}
