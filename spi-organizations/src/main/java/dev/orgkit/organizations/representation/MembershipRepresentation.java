package dev.orgkit.organizations.representation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One of the caller's organizations with the caller's role there. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class MembershipRepresentation {
    @JsonProperty("id")
    public String id;
    @JsonProperty("slug")
    public String slug;
    @JsonProperty("name")
    public String name;
    @JsonProperty("enabled")
    public boolean enabled;
    /** The logo's public URL, only when it has one. */
    @JsonProperty("image_url")
    public String imageUrl;
    @JsonProperty("has_image")
    public boolean hasImage;
    @JsonProperty("role")
    public String role;
    @JsonProperty("permissions")
    public List<String> permissions;
    /** Whether this is the active organization of the calling session (only in /me/organizations). */
    @JsonProperty("active")
    public Boolean active;
}
