package dev.orgkit.webhooks.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

/** A webhook endpoint of a realm: where to send which event types, and its signing secrets (encrypted). */
/* only changed columns are written: the worker and admins change different columns of one row */
@DynamicUpdate
@Entity(name = "OrgkitWebhookEndpoint")
@Table(name = "ORGKIT_WEBHOOK_ENDPOINT")
public class WebhookEndpointEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "URL", length = 2048, nullable = false)
    private String url;

    @Column(name = "DESCRIPTION", length = 255)
    private String description;

    /** Comma-separated event types; empty means every type. */
    @Column(name = "EVENT_TYPES", length = 1024)
    private String eventTypes;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    /** {@code standard} (webhook-*) or {@code svix} (svix-*). */
    @Column(name = "HEADER_STYLE", length = 16, nullable = false)
    private String headerStyle;

    /** The signing secret, encrypted (see SecretCipher); never in clear. */
    @Column(name = "SECRET", length = 512, nullable = false)
    private String secret;

    /** Which key encrypted SECRET. */
    @Column(name = "SECRET_KEY_REF", length = 128, nullable = false)
    private String secretKeyRef;

    /** The secret before the last rotation, encrypted; signs too until PREVIOUS_SECRET_EXPIRES_AT. */
    @Column(name = "PREVIOUS_SECRET", length = 512)
    private String previousSecret;

    @Column(name = "PREVIOUS_SECRET_KEY_REF", length = 128)
    private String previousSecretKeyRef;

    @Column(name = "PREVIOUS_SECRET_EXPIRES_AT")
    private Long previousSecretExpiresAt;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    /** First failed attempt since the last success, or null. */
    @Column(name = "FAILING_SINCE")
    private Long failingSince;

    @Column(name = "DISABLED_REASON", length = 255)
    private String disabledReason;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getHeaderStyle() {
        return headerStyle;
    }

    public void setHeaderStyle(String headerStyle) {
        this.headerStyle = headerStyle;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getSecretKeyRef() {
        return secretKeyRef;
    }

    public void setSecretKeyRef(String secretKeyRef) {
        this.secretKeyRef = secretKeyRef;
    }

    public String getPreviousSecret() {
        return previousSecret;
    }

    public void setPreviousSecret(String previousSecret) {
        this.previousSecret = previousSecret;
    }

    public String getPreviousSecretKeyRef() {
        return previousSecretKeyRef;
    }

    public void setPreviousSecretKeyRef(String previousSecretKeyRef) {
        this.previousSecretKeyRef = previousSecretKeyRef;
    }

    public Long getPreviousSecretExpiresAt() {
        return previousSecretExpiresAt;
    }

    public void setPreviousSecretExpiresAt(Long previousSecretExpiresAt) {
        this.previousSecretExpiresAt = previousSecretExpiresAt;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getFailingSince() {
        return failingSince;
    }

    public void setFailingSince(Long failingSince) {
        this.failingSince = failingSince;
    }

    public String getDisabledReason() {
        return disabledReason;
    }

    public void setDisabledReason(String disabledReason) {
        this.disabledReason = disabledReason;
    }
}
