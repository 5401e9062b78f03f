package dev.orgkit.organizations.representation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A member of an organization, in Clerk's shape ({@code OrganizationMembershipJSON}) plus orgkit's
 * flat fields ({@code organization_id}, {@code user_id}, {@code username}, {@code email},
 * {@code first_name}, {@code last_name}, {@code managed}): the REST answer, the webhook
 * {@code data} and the audit entry alike.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class MemberRepresentation {
    @JsonProperty("object")
    public final String object = "organization_membership";
    /** Derived from the organization and user ids: the same in every answer and event. */
    @JsonProperty("id")
    public String id;
    @JsonProperty("role")
    public String role;
    @JsonProperty("permissions")
    public List<String> permissions;
    @JsonProperty("public_metadata")
    public Map<String, Object> publicMetadata;
    /** Only for realm admins and superadmins, and in webhooks. */
    @JsonProperty("private_metadata")
    public Map<String, Object> privateMetadata;
    /** Epoch milliseconds; 0 for a membership that began before orgkit was installed. */
    @JsonProperty("created_at")
    public long createdAt;
    @JsonProperty("updated_at")
    public long updatedAt;
    @JsonProperty("organization")
    public OrganizationRepresentation organization;
    @JsonProperty("public_user_data")
    public PublicUserData publicUserData;

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
    /** True for members owned by the organization's identity provider. */
    @JsonProperty("managed")
    public boolean managed;
}
