package dev.orgkit.organizations.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of {@code ORGKIT_MEMBERSHIP}: a membership's timestamps and JSON metadata. Written when
 * a user joins an organization (by any path, Keycloak's own included), removed when they leave, and
 * with the organization or the user by cascading foreign keys.
 */
@Entity(name = "OrgkitMembershipRecord")
@Table(name = "ORGKIT_MEMBERSHIP")
public class MembershipRecordEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "ORG_ID", length = 36, nullable = false)
    private String organizationId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    /** A JSON object, or null for none. */
    @Column(name = "PUBLIC_METADATA")
    private String publicMetadata;

    /** A JSON object, or null for none. */
    @Column(name = "PRIVATE_METADATA")
    private String privateMetadata;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
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
}
