package dev.orgkit.invitations.representation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One invitation to create: {@code {"email", "role", "redirect_uri"?, "expires_in_days"?, "replace"?}}. */
public final class InvitationInput {
    @JsonProperty("email")
    public String email;
    @JsonProperty("role")
    public String role;
    @JsonProperty("redirect_uri")
    public String redirectUri;
    @JsonProperty("expires_in_days")
    public Integer expiresInDays;
    /** Revoke a pending invitation of the same email instead of answering 409. */
    @JsonProperty("replace")
    public Boolean replace;
}
