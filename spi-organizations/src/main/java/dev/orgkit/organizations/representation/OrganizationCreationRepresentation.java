package dev.orgkit.organizations.representation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether the caller may create an organization now, and the slug rules, so that a form can
 * validate as the user types. The create request is still checked in full.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class OrganizationCreationRepresentation {
    @JsonProperty("allowed")
    public boolean allowed;
    /** Why not: {@code creation_disabled} or {@code creation_limit_reached}; null when allowed. */
    @JsonProperty("reason")
    public String reason;
    /** Organizations the caller may create in all; 0 means no limit. */
    @JsonProperty("limit")
    public int limit;
    /** Organizations the caller has created (and that still exist). */
    @JsonProperty("created")
    public long created;
    @JsonProperty("slug_min_length")
    public int slugMinLength;
    @JsonProperty("slug_max_length")
    public int slugMaxLength;
    @JsonProperty("reserved_slugs")
    public List<String> reservedSlugs;
}
