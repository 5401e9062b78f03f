package dev.orgkit.organizations.representation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of PUT /me/active-organization: an organization id or slug, or null for none. */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class ActiveOrganizationInput {
    @JsonProperty("organization")
    public String organization;
}
