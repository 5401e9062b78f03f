package dev.orgkit.organizations.representation;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An organization as the orgkit API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class OrganizationRepresentation {
    @JsonProperty("id")
    public String id;
    @JsonProperty("slug")
    public String slug;
    @JsonProperty("name")
    public String name;
    @JsonProperty("description")
    public String description;
    @JsonProperty("enabled")
    public boolean enabled;
    @JsonProperty("public_metadata")
    public Map<String, String> publicMetadata;
    /** Only for realm admins and superadmins. */
    @JsonProperty("private_metadata")
    public Map<String, String> privateMetadata;
    /** The logo's public URL, only when it has one. */
    @JsonProperty("image_url")
    public String imageUrl;
    @JsonProperty("has_image")
    public boolean hasImage;
    /** Only on a single organization, not in lists. */
    @JsonProperty("members_count")
    public Long membersCount;
}
