package dev.orgkit.organizations.logo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of {@code ORGKIT_ORGANIZATION_IMAGE}: an organization's logo, its type and SHA-256.
 * Removed with the organization (or its realm) by cascading foreign keys.
 *
 * <p>{@code BYTES} is a plain {@code byte[]} without {@code @Lob}: Hibernate binds it as binary, to
 * a column that is {@code BLOB} on H2, {@code LONGBLOB} on MariaDB and {@code BYTEA} on PostgreSQL
 * (see the changelog; a large-object {@code oid} column would not take it).
 */
@Entity(name = "OrgkitOrganizationImage")
@Table(name = "ORGKIT_ORGANIZATION_IMAGE")
public class OrganizationImageEntity {

    @Id
    @Column(name = "ORG_ID", length = 36)
    private String organizationId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "CONTENT_TYPE", length = 32, nullable = false)
    private String contentType;

    @Column(name = "BYTES", nullable = false)
    private byte[] bytes;

    /** Hex. */
    @Column(name = "SHA256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

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

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public void setBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }
}
