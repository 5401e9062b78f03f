package dev.orgkit.organizations.representation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of a role change, or (admin API) of adding a member. */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class MemberInput {
    /** Admin API only, when adding: the user id or username. */
    @JsonProperty("user")
    public String user;
    @JsonProperty("role")
    public String role;
}
