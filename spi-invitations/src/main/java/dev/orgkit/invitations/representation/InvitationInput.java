package dev.orgkit.invitations.representation;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One invitation to create: {@code {"email" (or "email_address"), "role", "redirect_uri"?,
 * "expires_in_days"?, "replace"?, "public_metadata"?, "private_metadata"?}}. The metadata are JSON
 * objects of at most 8 KB each; they become the membership's when the invitation is accepted.
 */
public final class InvitationInput {
    @JsonProperty("email")
    public String email;
    /** Clerk's name for {@code email}. */
    @JsonProperty("email_address")
    public String emailAddress;
    @JsonProperty("role")
    public String role;
    @JsonProperty("redirect_uri")
    public String redirectUri;
    @JsonProperty("expires_in_days")
    public Integer expiresInDays;
    /** Revoke a pending invitation of the same email instead of answering 409. */
    @JsonProperty("replace")
    public Boolean replace;
    @JsonProperty("public_metadata")
    public Map<String, Object> publicMetadata;
    /** Only realm admins and superadmins may set it. */
    @JsonProperty("private_metadata")
    public Map<String, Object> privateMetadata;
}
