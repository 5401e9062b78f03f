package dev.orgkit.organizations.representation;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** Body of a create (name required) or an update (every field optional). */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class OrganizationInput {
    @JsonProperty("name")
    public String name;
    @JsonProperty("slug")
    public String slug;
    @JsonProperty("description")
    public String description;
    @JsonProperty("public_metadata")
    public Map<String, Object> publicMetadata;
    @JsonProperty("private_metadata")
    public Map<String, Object> privateMetadata;
    /** Admin API only: the user (id or username) who becomes the first org:admin. */
    @JsonProperty("owner")
    public String owner;
    /** Admin API only. */
    @JsonProperty("enabled")
    public Boolean enabled;
    /** Realm admins and superadmins only: a whole number, or JSON null (kept as a null node) for the realm's default. */
    @JsonProperty("max_allowed_memberships")
    public JsonNode maxAllowedMemberships;
}
