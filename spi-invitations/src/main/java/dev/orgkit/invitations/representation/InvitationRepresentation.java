package dev.orgkit.invitations.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An invitation as the API shows it (and as events carry it in {@code data}). Times are epoch
 * milliseconds. {@code url}, {@code email_sent} and {@code email_error} appear only in the answer
 * to the create and resend requests: the link holds the clear token.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class InvitationRepresentation {
    @JsonProperty("id")
    public String id;
    @JsonProperty("organization_id")
    public String organizationId;
    @JsonProperty("organization_slug")
    public String organizationSlug;
    @JsonProperty("organization_name")
    public String organizationName;
    @JsonProperty("email")
    public String email;
    @JsonProperty("role")
    public String role;
    /** pending, accepted, revoked, declined or expired. */
    @JsonProperty("status")
    public String status;
    @JsonProperty("inviter_id")
    public String inviterId;
    @JsonProperty("inviter_username")
    public String inviterUsername;
    /** The user who accepted or declined. */
    @JsonProperty("user_id")
    public String userId;
    @JsonProperty("redirect_uri")
    public String redirectUri;
    @JsonProperty("created_at")
    public Long createdAt;
    @JsonProperty("sent_at")
    public Long sentAt;
    @JsonProperty("expires_at")
    public Long expiresAt;
    @JsonProperty("updated_at")
    public Long updatedAt;
    @JsonProperty("url")
    public String url;
    @JsonProperty("email_sent")
    public Boolean emailSent;
    @JsonProperty("email_error")
    public String emailError;

    /** A copy without the link and the email outcome, fit for events and lists. */
    public InvitationRepresentation withoutLink() {
        InvitationRepresentation copy = new InvitationRepresentation();
        copy.id = id;
        copy.organizationId = organizationId;
        copy.organizationSlug = organizationSlug;
        copy.organizationName = organizationName;
        copy.email = email;
        copy.role = role;
        copy.status = status;
        copy.inviterId = inviterId;
        copy.inviterUsername = inviterUsername;
        copy.userId = userId;
        copy.redirectUri = redirectUri;
        copy.createdAt = createdAt;
        copy.sentAt = sentAt;
        copy.expiresAt = expiresAt;
        copy.updatedAt = updatedAt;
        return copy;
    }
}
