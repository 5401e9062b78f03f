package dev.orgkit.organizations.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What an organization's members see of a member (Clerk's {@code public_user_data}), plus the username. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class PublicUserData {
    @JsonProperty("user_id")
    public String userId;
    /** The email address, else the username. */
    @JsonProperty("identifier")
    public String identifier;
    @JsonProperty("first_name")
    public String firstName;
    @JsonProperty("last_name")
    public String lastName;
    /** The user's {@code picture} attribute, else an empty string. */
    @JsonProperty("image_url")
    public String imageUrl;
    @JsonProperty("has_image")
    public boolean hasImage;
    @JsonProperty("username")
    public String username;
}
