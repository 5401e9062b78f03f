package dev.orgkit.organizations.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A member of an organization with their org role. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class MemberRepresentation {
    @JsonProperty("organization_id")
    public String organizationId;
    @JsonProperty("user_id")
    public String userId;
    @JsonProperty("username")
    public String username;
    @JsonProperty("email")
    public String email;
    @JsonProperty("first_name")
    public String firstName;
    @JsonProperty("last_name")
    public String lastName;
    @JsonProperty("role")
    public String role;
    /** True for members owned by the organization's identity provider. */
    @JsonProperty("managed")
    public boolean managed;
}
