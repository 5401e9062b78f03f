package dev.orgkit.security.domains;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A domain of an organization, as the domains API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class DomainRepresentation {
    @JsonProperty("name")
    public String name;
    /** The Unicode form of an internationalised name (same as {@code name} otherwise). */
    @JsonProperty("display_name")
    public String displayName;
    @JsonProperty("organization_id")
    public String organizationId;
    @JsonProperty("verified")
    public boolean verified;
    @JsonProperty("enrollment_mode")
    public String enrollmentMode;
    /** The TXT record to publish; absent for a domain added outside orgkit. */
    @JsonProperty("verification")
    public Verification verification;

    /** The DNS record that proves control of the domain. */
    public static final class Verification {
        @JsonProperty("type")
        public String type = "TXT";
        @JsonProperty("name")
        public String name;
        @JsonProperty("value")
        public String value;
    }

    static DomainRepresentation of(String orgId, String name, boolean verified, DomainSettings settings) {
        DomainRepresentation rep = new DomainRepresentation();
        rep.name = name;
        rep.displayName = DomainName.toUnicode(name);
        rep.organizationId = orgId;
        rep.verified = verified;
        rep.enrollmentMode = settings.mode().value();
        VerificationRecord record = settings.record(name);
        if (record != null) {
            rep.verification = new Verification();
            rep.verification.name = record.name();
            rep.verification.value = record.value();
        }
        return rep;
    }
}
