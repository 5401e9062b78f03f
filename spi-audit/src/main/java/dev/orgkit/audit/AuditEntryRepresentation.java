package dev.orgkit.audit;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;

import org.keycloak.util.JsonSerialization;

import dev.orgkit.audit.jpa.AuditEntryEntity;

/** One audit-log entry as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class AuditEntryRepresentation {

    @JsonProperty("id")
    public String id;
    /** Null for realm-level changes (policy, role catalog). */
    @JsonProperty("organization_id")
    public String organizationId;
    @JsonProperty("action")
    public String action;
    @JsonProperty("actor")
    public Actor actor;
    @JsonProperty("target")
    public Target target;
    @JsonProperty("ip_address")
    public String ipAddress;
    @JsonProperty("user_agent")
    public String userAgent;
    /** Epoch milliseconds. */
    @JsonProperty("created_at")
    public long createdAt;
    @JsonProperty("details")
    public Map<String, String> details;

    /** Who did it: {@code user}, {@code service_account}, {@code admin} or {@code system}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Actor {
        @JsonProperty("type")
        public String type;
        @JsonProperty("id")
        public String id;
        @JsonProperty("username")
        public String username;
    }

    /** What the change is about, e.g. {@code {"type":"user","id":"..."}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Target {
        @JsonProperty("type")
        public String type;
        @JsonProperty("id")
        public String id;
    }

    public static AuditEntryRepresentation of(AuditEntryEntity entity) {
        AuditEntryRepresentation rep = new AuditEntryRepresentation();
        rep.id = entity.getId();
        rep.organizationId = entity.getOrganizationId();
        rep.action = entity.getAction();
        rep.actor = new Actor();
        rep.actor.type = entity.getActorType();
        rep.actor.id = entity.getActorId();
        rep.actor.username = entity.getActorUsername();
        if (entity.getTargetType() != null || entity.getTargetId() != null) {
            rep.target = new Target();
            rep.target.type = entity.getTargetType();
            rep.target.id = entity.getTargetId();
        }
        rep.ipAddress = entity.getIpAddress();
        rep.userAgent = entity.getUserAgent();
        rep.createdAt = entity.getCreatedAt();
        rep.details = details(entity.getDetails());
        return rep;
    }

    private static Map<String, String> details(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JsonSerialization.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            return Map.of();
        }
    }
}
