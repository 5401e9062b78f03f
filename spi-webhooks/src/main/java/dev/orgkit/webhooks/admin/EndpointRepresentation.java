package dev.orgkit.webhooks.admin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.orgkit.webhooks.config.EventTypes;
import dev.orgkit.webhooks.jpa.WebhookEndpointEntity;

/** A webhook endpoint as the admin API shows it; {@code secret} only in the answer that created or rotated it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class EndpointRepresentation {
    @JsonProperty("id")
    public String id;
    @JsonProperty("url")
    public String url;
    @JsonProperty("description")
    public String description;
    /** Empty means every event type. */
    @JsonProperty("event_types")
    public List<String> eventTypes;
    @JsonProperty("enabled")
    public boolean enabled;
    @JsonProperty("header_style")
    public String headerStyle;
    @JsonProperty("created_at")
    public long createdAt;
    /** When every attempt since has failed (cleared by a success). */
    @JsonProperty("failing_since")
    public Long failingSince;
    @JsonProperty("disabled_reason")
    public String disabledReason;
    /** Until when the secret before the last rotation still signs. */
    @JsonProperty("previous_secret_expires_at")
    public Long previousSecretExpiresAt;
    /** The signing secret: shown once, at creation and rotation. */
    @JsonProperty("secret")
    public String secret;

    static EndpointRepresentation of(WebhookEndpointEntity entity, long now) {
        EndpointRepresentation rep = new EndpointRepresentation();
        rep.id = entity.getId();
        rep.url = entity.getUrl();
        rep.description = entity.getDescription();
        rep.eventTypes = EventTypes.split(entity.getEventTypes());
        rep.enabled = entity.isEnabled();
        rep.headerStyle = entity.getHeaderStyle();
        rep.createdAt = entity.getCreatedAt();
        rep.failingSince = entity.getFailingSince();
        rep.disabledReason = entity.getDisabledReason();
        Long expires = entity.getPreviousSecretExpiresAt();
        rep.previousSecretExpiresAt = entity.getPreviousSecret() != null && expires != null && expires > now ? expires : null;
        return rep;
    }
}
