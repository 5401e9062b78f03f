package dev.orgkit.security.enrollment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;

/** A membership request, as the requester and the organization's admins see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class MembershipRequestRepresentation {
    @JsonProperty("id")
    public String id;
    @JsonProperty("organization_id")
    public String organizationId;
    @JsonProperty("organization_slug")
    public String organizationSlug;
    @JsonProperty("organization_name")
    public String organizationName;
    @JsonProperty("user_id")
    public String userId;
    @JsonProperty("username")
    public String username;
    @JsonProperty("email")
    public String email;
    @JsonProperty("first_name")
    public String firstName;
    @JsonProperty("last_name")
    public String lastName;
    /** The verified domain through which the organization was suggested. */
    @JsonProperty("domain")
    public String domain;
    @JsonProperty("status")
    public String status;
    @JsonProperty("created_at")
    public long createdAt;
    @JsonProperty("decided_at")
    public Long decidedAt;

    static MembershipRequestRepresentation of(MembershipRequestEntity entity, OrganizationModel org, UserModel user) {
        MembershipRequestRepresentation rep = new MembershipRequestRepresentation();
        rep.id = entity.getId();
        rep.organizationId = entity.getOrganizationId();
        if (org != null) {
            rep.organizationSlug = org.getAlias();
            rep.organizationName = org.getName();
        }
        rep.userId = entity.getUserId();
        rep.email = entity.getEmail();
        if (user != null) {
            rep.username = user.getUsername();
            rep.firstName = user.getFirstName();
            rep.lastName = user.getLastName();
        }
        rep.domain = entity.getDomain();
        rep.status = entity.getStatus();
        rep.createdAt = entity.getCreatedAt();
        rep.decidedAt = entity.getDecidedAt();
        return rep;
    }
}
