package dev.orgkit.organizations.representation;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An organization, in Clerk's shape ({@code OrganizationJSON}) plus orgkit's {@code description}
 * and {@code enabled}: the REST answer, the webhook {@code data} and the audit entry alike.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class OrganizationRepresentation {
    @JsonProperty("object")
    public final String object = "organization";
    @JsonProperty("id")
    public String id;
    @JsonProperty("name")
    public String name;
    @JsonProperty("slug")
    public String slug;
    /** Only when the organization has a logo. */
    @JsonProperty("image_url")
    public String imageUrl;
    @JsonProperty("has_image")
    public boolean hasImage;
    /** Only on a single organization and in its events, not in lists. */
    @JsonProperty("members_count")
    public Long membersCount;
    /** The limit in force (the organization's own, else the realm's default); 0 means none. */
    @JsonProperty("max_allowed_memberships")
    public int maxAllowedMemberships;
    /** Whether the organization's admins may delete it (the admin role holds {@code org:sys_profile:delete}). */
    @JsonProperty("admin_delete_enabled")
    public boolean adminDeleteEnabled;
    @JsonProperty("public_metadata")
    public Map<String, Object> publicMetadata;
    /** Only for realm admins and superadmins, and in webhooks. */
    @JsonProperty("private_metadata")
    public Map<String, Object> privateMetadata;
    /** The user who created it, when known. */
    @JsonProperty("created_by")
    public String createdBy;
    /** Epoch milliseconds; 0 for an organization made outside orgkit that orgkit has not changed since. */
    @JsonProperty("created_at")
    public long createdAt;
    @JsonProperty("updated_at")
    public long updatedAt;
    @JsonProperty("description")
    public String description;
    @JsonProperty("enabled")
    public boolean enabled;
}
