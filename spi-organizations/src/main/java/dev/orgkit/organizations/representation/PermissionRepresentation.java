package dev.orgkit.organizations.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A permission of the catalog, in Clerk's shape ({@code PermissionJSON}) plus orgkit's
 * {@code system}: the REST answer, the webhook {@code data} and the audit entry alike.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PermissionRepresentation {
    @JsonProperty("object")
    public final String object = "permission";
    /** The Keycloak role's id. */
    @JsonProperty("id")
    public String id;
    /** What orgkit calls the permission's name: {@code org:invoices:read}. */
    @JsonProperty("key")
    public String key;
    /** Readable: the role attribute {@code orgkit.name}, else derived from the key ("Read invoices"). */
    @JsonProperty("name")
    public String name;
    /** Never null (Clerk's type): empty when the permission has none. */
    @JsonProperty("description")
    public String description;
    /** Epoch milliseconds; 0 for a permission orgkit's catalog writes have not stamped. */
    @JsonProperty("created_at")
    public long createdAt;
    @JsonProperty("updated_at")
    public long updatedAt;
    /** orgkit's own permissions ({@code org:sys_*}) cannot be changed or deleted. */
    @JsonProperty("system")
    public boolean system;
}
