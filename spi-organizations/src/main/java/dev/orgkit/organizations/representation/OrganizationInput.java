package dev.orgkit.organizations.representation;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

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
}
