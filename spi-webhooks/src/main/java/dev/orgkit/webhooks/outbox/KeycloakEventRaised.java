package dev.orgkit.webhooks.outbox;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderEvent;

/**
 * A Keycloak user or admin event that maps to a webhook type, published by the event listener on
 * the session factory inside the request's transaction; the webhooks factory queues it in the outbox.
 *
 * @param data builds the payload, only asked for when some endpoint wants {@code type}
 */
public record KeycloakEventRaised(KeycloakSession session, String realmId, String type,
                                  Supplier<Optional<Map<String, Object>>> data, long timestamp) implements ProviderEvent {
}
