package dev.orgkit.security.enrollment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /me/membership-requests}: {@code {"organization": "<id or slug>"}}. */
public final class MembershipRequestInput {
    @JsonProperty("organization")
    public String organization;
}
