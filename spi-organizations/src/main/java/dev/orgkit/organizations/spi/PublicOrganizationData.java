package dev.orgkit.organizations.spi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What anyone shown an organization may see of it (Clerk's {@code public_organization_data}), e.g.
 * the invitee of an invitation. Built by {@link OrgkitCore#publicOrganizationData}.
 *
 * <p>Part of orgkit's public, unstable API for its feature jars (see the package description).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PublicOrganizationData {
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
}
