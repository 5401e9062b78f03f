package dev.orgkit.organizations.representation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A role of the catalog with its permissions; also the body that creates or updates one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = false)
public final class RoleRepresentation {
    @JsonProperty("name")
    public String name;
    @JsonProperty("description")
    public String description;
    @JsonProperty("permissions")
    public List<String> permissions;
    /** Built-in roles (org:admin, org:member) cannot be deleted. */
    @JsonProperty("system")
    public Boolean system;
}
