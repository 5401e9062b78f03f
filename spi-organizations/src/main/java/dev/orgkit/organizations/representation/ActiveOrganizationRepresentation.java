package dev.orgkit.organizations.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The session's active organization (null when there is none). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class ActiveOrganizationRepresentation {
    @JsonProperty("organization")
    public MembershipRepresentation organization;
}
