package dev.orgkit.invitations.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One invitation (table {@code ORGKIT_INVITATION}). Only the SHA-256 of its token is stored.
 * {@code pendingEmail} holds the email while the invitation occupies the single pending slot of
 * its (organization, email) pair, and is null otherwise; a unique constraint on
 * (organization, pending email) keeps that slot single.
 */
@Entity
@Table(name = "ORGKIT_INVITATION")
public class InvitationEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private String organizationId;

    @Column(name = "EMAIL", nullable = false)
    private String email;

    @Column(name = "PENDING_EMAIL")
    private String pendingEmail;

    @Column(name = "ROLE_NAME", nullable = false)
    private String roleName;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "TOKEN_HASH", length = 64, nullable = false)
    private String tokenHash;

    @Column(name = "INVITER_ID", length = 36)
    private String inviterId;

    @Column(name = "USER_ID", length = 36)
    private String userId;

    @Column(name = "REDIRECT_URI", length = 2048)
    private String redirectUri;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "SENT_AT", nullable = false)
    private long sentAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    /** A JSON object (see {@code JsonMetadata}), or null for none. */
    @Column(name = "PUBLIC_METADATA")
    private String publicMetadata;

    /** A JSON object (see {@code JsonMetadata}), or null for none. */
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPendingEmail() {
        return pendingEmail;
    }

    public void setPendingEmail(String pendingEmail) {
        this.pendingEmail = pendingEmail;
    }

    public String getRoleName() {
        return roleName;
    }

    public void setRoleName(String roleName) {
        this.roleName = roleName;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public void setTokenHash(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    public String getInviterId() {
        return inviterId;
    }

    public void setInviterId(String inviterId) {
        this.inviterId = inviterId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public void setRedirectUri(String redirectUri) {
        this.redirectUri = redirectUri;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getSentAt() {
        return sentAt;
    }

    public void setSentAt(long sentAt) {
        this.sentAt = sentAt;
    }

    public long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(long expiresAt) {
        this.expiresAt = expiresAt;
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
