package dev.orgkit.webhooks.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.orgkit.webhooks.jpa.WebhookDeliveryEntity;
import dev.orgkit.webhooks.outbox.Outbox;

/** One message to one endpoint, with how its delivery went; {@code payload} only when asked for one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class DeliveryRepresentation {
    @JsonProperty("id")
    public String id;
    /** The {@code webhook-id} header: the same on every attempt. */
    @JsonProperty("message_id")
    public String messageId;
    @JsonProperty("event_type")
    public String eventType;
    /** {@code pending}, {@code succeeded} or {@code failed}. */
    @JsonProperty("status")
    public String status;
    @JsonProperty("attempts")
    public int attempts;
    @JsonProperty("created_at")
    public long createdAt;
    @JsonProperty("last_attempt_at")
    public Long lastAttemptAt;
    @JsonProperty("next_attempt_at")
    public Long nextAttemptAt;
    @JsonProperty("response_code")
    public Integer responseCode;
    @JsonProperty("last_error")
    public String lastError;
    @JsonProperty("payload")
    public String payload;

    static DeliveryRepresentation of(WebhookDeliveryEntity entity, boolean withPayload) {
        DeliveryRepresentation rep = new DeliveryRepresentation();
        rep.id = entity.getId();
        rep.messageId = entity.getMessageId();
        rep.eventType = entity.getEventType();
        rep.status = entity.getStatus();
        rep.attempts = entity.getAttempts();
        rep.createdAt = entity.getCreatedAt();
        rep.lastAttemptAt = entity.getLastAttemptAt();
        rep.nextAttemptAt = Outbox.PENDING.equals(entity.getStatus()) ? entity.getNextAttemptAt() : null;
        rep.responseCode = entity.getLastStatusCode();
        rep.lastError = entity.getLastError();
        rep.payload = withPayload ? entity.getPayload() : null;
        return rep;
    }
}
