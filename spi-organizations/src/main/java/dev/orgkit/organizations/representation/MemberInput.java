package dev.orgkit.organizations.representation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of a member change (role and/or metadata), or (admin API) of adding a member. */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class MemberInput {
    /** Admin API only, when adding: the user id or username. */
    @JsonProperty("user")
    public String user;
    @JsonProperty("role")
    public String role;
    /** Replaces the membership's public metadata (a JSON object). */
    @JsonProperty("public_metadata")
    public java.util.Map<String, Object> publicMetadata;
    /** Realm admins and superadmins only: replaces the membership's private metadata. */
    @JsonProperty("private_metadata")
    public java.util.Map<String, Object> privateMetadata;
}
