package dev.orgkit.security.domains;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A domain of an organization in Clerk's shape ({@code OrganizationDomainJSON}, object
 * {@code organization_domain}) plus orgkit's extras ({@code display_name}, {@code verified}): the
 * REST answer, the webhook {@code data} and the audit entry alike. Built by {@link DomainViews}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class DomainRepresentation {
    @JsonProperty("object")
    public final String object = "organization_domain";
    /** Derived from the organization's id and the name: the same in every answer and event, before and after verification. */
    @JsonProperty("id")
    public String id;
    @JsonProperty("name")
    public String name;
    @JsonProperty("organization_id")
    public String organizationId;
    @JsonProperty("enrollment_mode")
    public String enrollmentMode;
    /** Null for an unverified domain added outside orgkit (it has no verification record). */
    @JsonProperty("verification")
    public Verification verification;
    /** Clerk verifies by an email code to an address at the domain; orgkit by DNS, so always null. */
    @JsonProperty("affiliation_email_address")
    public String affiliationEmailAddress;
    /** Epoch milliseconds; 0 for a domain orgkit has kept nothing about (added outside orgkit). */
    @JsonProperty("created_at")
    public long createdAt;
    @JsonProperty("updated_at")
    public long updatedAt;
    /** Pending, unexpired invitations of the organization to addresses at the domain. */
    @JsonProperty("total_pending_invitations")
    public long totalPendingInvitations;
    /** Always 0: orgkit works suggestions out when they are asked for and keeps no rows to count. */
    @JsonProperty("total_pending_suggestions")
    public long totalPendingSuggestions;

    /** The Unicode form of an internationalised name (same as {@code name} otherwise). */
    @JsonProperty("display_name")
    public String displayName;
    @JsonProperty("verified")
    public boolean verified;

    /**
     * Clerk's verification ({@code status}, {@code strategy}, {@code attempts}, {@code expires_at})
     * with orgkit's DNS TXT record beside it ({@code type}, {@code name}, {@code value}).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public static final class Verification {
        /** verified or unverified. */
        @JsonProperty("status")
        public String status;
        /** {@code dns_txt} (the TXT record below), or {@code admin} for a domain verified outside orgkit. */
        @JsonProperty("strategy")
        public String strategy;
        /** Null: orgkit does not count DNS lookups. */
        @JsonProperty("attempts")
        public Integer attempts;
        /** Null: the TXT record does not expire. */
        @JsonProperty("expires_at")
        public Long expiresAt;
        /** The TXT record to publish, when orgkit issued one. */
        @JsonProperty("type")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String type;
        @JsonProperty("name")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String name;
        @JsonProperty("value")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String value;
    }
}
