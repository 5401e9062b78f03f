package dev.orgkit.invitations.representation;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.orgkit.organizations.spi.PublicOrganizationData;

/**
 * An invitation in Clerk's shape ({@code OrganizationInvitationJSON}, object
 * {@code organization_invitation}) plus orgkit's extras: the REST answer, the webhook {@code data}
 * and the audit entry alike. Times are epoch milliseconds.
 *
 * <p>{@code status} has Clerk's values (pending, accepted, revoked, expired); an invitation its
 * invitee declined is {@code revoked} with {@code declined: true}. {@code url} is the accept link,
 * which holds the clear token: it is set only in the answer to the create and resend requests (with
 * {@code email_sent} and {@code email_error}) and is null everywhere else, webhooks and audit included.
 * {@code private_metadata} is left out for callers who are neither realm admins nor superadmins.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class InvitationRepresentation {
    @JsonProperty("object")
    public final String object = "organization_invitation";
    @JsonProperty("id")
    public String id;
    @JsonProperty("email_address")
    public String emailAddress;
    @JsonProperty("role")
    public String role;
    @JsonProperty("role_name")
    public String roleName;
    @JsonProperty("organization_id")
    public String organizationId;
    /** Null when the organization is gone. */
    @JsonProperty("public_organization_data")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public PublicOrganizationData publicOrganizationData;
    /** pending, accepted, revoked or expired. */
    @JsonProperty("status")
    public String status;
    @JsonProperty("public_metadata")
    public Map<String, Object> publicMetadata;
    /** Only for realm admins and superadmins, and in webhooks and audit. */
    @JsonProperty("private_metadata")
    public Map<String, Object> privateMetadata;
    @JsonProperty("url")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public String url;
    @JsonProperty("created_at")
    public Long createdAt;
    @JsonProperty("updated_at")
    public Long updatedAt;
    @JsonProperty("expires_at")
    public Long expiresAt;
    /** The user who accepted (or declined). */
    @JsonProperty("user_id")
    public String userId;

    @JsonProperty("email")
    public String email;
    /** True when the invitee declined ({@code status} is then {@code revoked}). */
    @JsonProperty("declined")
    public Boolean declined;
    @JsonProperty("organization_slug")
    public String organizationSlug;
    @JsonProperty("organization_name")
    public String organizationName;
    @JsonProperty("inviter_id")
    public String inviterId;
    @JsonProperty("inviter_username")
    public String inviterUsername;
    @JsonProperty("redirect_uri")
    public String redirectUri;
    @JsonProperty("sent_at")
    public Long sentAt;
    @JsonProperty("email_sent")
    public Boolean emailSent;
    @JsonProperty("email_error")
    public String emailError;

    /** A copy without the link and the email outcome, fit for events and lists. */
    public InvitationRepresentation withoutLink() {
        InvitationRepresentation copy = copy();
        copy.url = null;
        copy.emailSent = null;
        copy.emailError = null;
        return copy;
    }

    /** A copy without the private metadata, for callers who may not see it. */
    public InvitationRepresentation withoutPrivateMetadata() {
        InvitationRepresentation copy = copy();
        copy.privateMetadata = null;
        return copy;
    }

    private InvitationRepresentation copy() {
        InvitationRepresentation copy = new InvitationRepresentation();
        copy.id = id;
        copy.emailAddress = emailAddress;
        copy.role = role;
        copy.roleName = roleName;
        copy.organizationId = organizationId;
        copy.publicOrganizationData = publicOrganizationData;
        copy.status = status;
        copy.publicMetadata = publicMetadata;
        copy.privateMetadata = privateMetadata;
        copy.url = url;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        copy.expiresAt = expiresAt;
        copy.userId = userId;
        copy.email = email;
        copy.declined = declined;
        copy.organizationSlug = organizationSlug;
        copy.organizationName = organizationName;
        copy.inviterId = inviterId;
        copy.inviterUsername = inviterUsername;
        copy.redirectUri = redirectUri;
        copy.sentAt = sentAt;
        copy.emailSent = emailSent;
        copy.emailError = emailError;
        return copy;
    }
}
