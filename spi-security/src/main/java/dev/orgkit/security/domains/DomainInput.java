package dev.orgkit.security.domains;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /domains}: {@code {"name", "enrollment_mode"?}}; {@code PATCH}: {@code {"enrollment_mode"}}. */
public final class DomainInput {
    @JsonProperty("name")
    public String name;
    @JsonProperty("enrollment_mode")
    public String enrollmentMode;
}
