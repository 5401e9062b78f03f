package dev.orgkit.audit;

import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.util.JsonSerialization;

import dev.orgkit.audit.jpa.AuditEntryEntity;
import dev.orgkit.organizations.spi.OrgkitEvent;

/**
 * Writes one audit row per {@link OrgkitEvent} with the event's own session, so the row is part of
 * the change's transaction: it commits with the change or rolls back with it.
 */
final class AuditRecorder {

    static final int MAX_DETAILS_LENGTH = 2000;
    static final int MAX_USER_AGENT_LENGTH = 255;
    static final int MAX_IP_LENGTH = 64;

    private AuditRecorder() {
    }

    static void record(OrgkitEvent event) {
        EntityManager em = event.session().getProvider(JpaConnectionProvider.class).getEntityManager();
        em.persist(toEntity(event, KeycloakModelUtils.generateId()));
    }

    static AuditEntryEntity toEntity(OrgkitEvent event, String id) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.setId(id);
        entry.setRealmId(event.realm().getId());
        entry.setOrganizationId(event.organizationId());
        entry.setAction(event.action().name());
        entry.setActorType(event.actor().type());
        entry.setActorId(event.actor().id());
        entry.setActorUsername(truncate(event.actor().username(), 255));
        entry.setTargetType(truncate(event.targetType(), 32));
        entry.setTargetId(truncate(event.targetId(), 255));
        entry.setIpAddress(truncate(event.ipAddress(), MAX_IP_LENGTH));
        entry.setUserAgent(truncate(event.userAgent(), MAX_USER_AGENT_LENGTH));
        entry.setCreatedAt(event.timestamp());
        entry.setDetails(details(event.details()));
        return entry;
    }

    /**
     * The details as a JSON object, sorted by key; values are shortened (and then keys dropped) so
     * the whole stays within {@value #MAX_DETAILS_LENGTH} characters.
     */
    static String details(Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        details.forEach((k, v) -> sorted.put(truncate(k, 64), truncate(v, 255)));
        String json = json(sorted);
        while (json.length() > MAX_DETAILS_LENGTH && !sorted.isEmpty()) {
            sorted.remove(sorted.lastKey());
            json = json(sorted);
        }
        return sorted.isEmpty() ? null : json;
    }

    private static String json(Map<String, String> map) {
        try {
            return JsonSerialization.writeValueAsString(map);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot serialize audit details", e);
        }
    }

    static String truncate(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
