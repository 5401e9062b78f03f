package dev.orgkit.organizations.spi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Clerk's deleted object, the {@code data} of every {@code *.deleted} event that has no object left
 * to show: {@code {"object": "organization", "id": "...", "slug": "acme", "deleted": true}}.
 *
 * <p>Part of orgkit's public, unstable API for its feature jars (see the package description).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class DeletedObject {
    @JsonProperty("object")
    public final String object;
    @JsonProperty("id")
    public final String id;
    @JsonProperty("slug")
    public final String slug;
    @JsonProperty("deleted")
    public final boolean deleted = true;

    public DeletedObject(String object, String id, String slug) {
        this.object = object;
        this.id = id;
        this.slug = slug;
    }
}
