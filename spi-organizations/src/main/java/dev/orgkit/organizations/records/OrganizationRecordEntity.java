package dev.orgkit.organizations.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of {@code ORGKIT_ORGANIZATION}: what orgkit keeps about an organization that Keycloak's
 * organizations do not (timestamps, creator, JSON metadata, membership limit). Removed with the
 * organization by a cascading foreign key.
 */
@Entity(name = "OrgkitOrganizationRecord")
@Table(name = "ORGKIT_ORGANIZATION")
public class OrganizationRecordEntity {

    @Id
    @Column(name = "ORG_ID", length = 36)
    private String organizationId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    @Column(name = "CREATED_BY", length = 36)
    private String createdBy;

    /** A JSON object, or null for none. */
    @Column(name = "PUBLIC_METADATA")
    private String publicMetadata;

    /** A JSON object, or null for none. */
    @Column(name = "PRIVATE_METADATA")
    private String privateMetadata;

    /** Null: the realm's default; 0: no limit. */
    @Column(name = "MAX_ALLOWED_MEMBERSHIPS")
    private Integer maxAllowedMemberships;

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public String getPublicMetadata() {
        return publicMetadata;
    }

    public void setPublicMetadata(String publicMetadata) {
        this.publicMetadata = publicMetadata;
    }

    public String getPrivateMetadata() {
        return privateMetadata;
    }

    public void setPrivateMetadata(String privateMetadata) {
        this.privateMetadata = privateMetadata;
    }

    public Integer getMaxAllowedMemberships() {
        return maxAllowedMemberships;
    }

    public void setMaxAllowedMemberships(Integer maxAllowedMemberships) {
        this.maxAllowedMemberships = maxAllowedMemberships;
    }
}
