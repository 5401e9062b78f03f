package dev.orgkit.webhooks.outbox;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderEvent;

/**
 * A Keycloak user or admin event that maps to a webhook type, published by the event listener on
 * the session factory inside the request's transaction; the webhooks factory queues it in the outbox.
 *
 * @param data builds the {@code data} of each webhook (usually one, none when there is nothing to
 *        report), only asked for when some endpoint wants {@code type}
 * @param origin the request the event came from
 * @param atEndOfTransaction build {@code data} when the request's transaction commits rather than
 *        now: a user is then shown as the request leaves it (Keycloak reports {@code REGISTER}
 *        before the registration form sets the password)
 */
public record KeycloakEventRaised(KeycloakSession session, String realmId, String type,
                                  Supplier<List<Map<String, Object>>> data, long timestamp,
                                  RequestOrigin origin, boolean atEndOfTransaction) implements ProviderEvent {
}
