package dev.orgkit.security.enrollment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An organization suggested to the caller through the verified domain of their email. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class SuggestionRepresentation {
    @JsonProperty("organization_id")
    public String organizationId;
    @JsonProperty("organization_slug")
    public String organizationSlug;
    @JsonProperty("organization_name")
    public String organizationName;
    @JsonProperty("domain")
    public String domain;
    /** {@code suggested}, or {@code requested} while the caller's request is pending. */
    @JsonProperty("status")
    public String status;
    /** The caller's pending request, when there is one. */
    @JsonProperty("request_id")
    public String requestId;
}
