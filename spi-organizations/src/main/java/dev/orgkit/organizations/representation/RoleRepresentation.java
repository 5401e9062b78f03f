package dev.orgkit.organizations.representation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A role of the catalog, in Clerk's shape ({@code RoleJSON}) plus orgkit's {@code system}: the REST
 * answer, the webhook {@code data} and the audit entry alike.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class RoleRepresentation {
    @JsonProperty("object")
    public final String object = "role";
    /** The Keycloak role's id. */
    @JsonProperty("id")
    public String id;
    /** What orgkit calls the role's name: {@code org:admin}, {@code org:billing_manager}. */
    @JsonProperty("key")
    public String key;
    /** Readable: the role attribute {@code orgkit.name}, else derived from the key ("Billing manager"). */
    @JsonProperty("name")
    public String name;
    @JsonProperty("description")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public String description;
    /** Every permission the role holds (through composites at any depth), sorted by key. */
    @JsonProperty("permissions")
    public List<PermissionRepresentation> permissions;
    /** Whether an organization's creator gets this role ({@code org:admin}). */
    @JsonProperty("is_creator_eligible")
    public boolean isCreatorEligible;
    /** Epoch milliseconds; 0 for a role orgkit's catalog writes have not stamped (made elsewhere or earlier). */
    @JsonProperty("created_at")
    public long createdAt;
    @JsonProperty("updated_at")
    public long updatedAt;
    /** Built-in roles (org:admin, org:member) cannot be deleted. */
    @JsonProperty("system")
    public boolean system;
}
