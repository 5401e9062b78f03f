package dev.orgkit.organizations.spi;

import java.util.Optional;

/**
 * Every organization-level change orgkit records: its audit-log name and, where apps expect one,
 * the Clerk-style webhook event type.
 */
public enum OrgAction {
    ORGANIZATION_CREATED("organization.created", "organization.created"),
    ORGANIZATION_UPDATED("organization.updated", "organization.updated"),
    ORGANIZATION_DELETED("organization.deleted", "organization.deleted"),
    MEMBER_ADDED("member.added", "organizationMembership.created"),
    MEMBER_ROLE_CHANGED("member.role_changed", "organizationMembership.updated"),
    MEMBER_REMOVED("member.removed", "organizationMembership.deleted"),
    MEMBER_LEFT("member.left", "organizationMembership.deleted"),
    INVITATION_CREATED("invitation.created", "organizationInvitation.created"),
    INVITATION_RESENT("invitation.resent", null),
    INVITATION_REVOKED("invitation.revoked", "organizationInvitation.revoked"),
    INVITATION_ACCEPTED("invitation.accepted", "organizationInvitation.accepted"),
    INVITATION_DECLINED("invitation.declined", null),
    DOMAIN_ADDED("domain.added", "organizationDomain.created"),
    DOMAIN_UPDATED("domain.updated", "organizationDomain.updated"),
    DOMAIN_VERIFIED("domain.verified", "organizationDomain.updated"),
    DOMAIN_REMOVED("domain.removed", "organizationDomain.deleted"),
    MEMBERSHIP_REQUEST_CREATED("membership_request.created", null),
    MEMBERSHIP_REQUEST_APPROVED("membership_request.approved", null),
    MEMBERSHIP_REQUEST_REJECTED("membership_request.rejected", null),
    POLICY_UPDATED("policy.updated", null),
    CATALOG_ROLE_SAVED("catalog.role_saved", null),
    CATALOG_ROLE_DELETED("catalog.role_deleted", null),
    CATALOG_PERMISSION_SAVED("catalog.permission_saved", null),
    CATALOG_PERMISSION_DELETED("catalog.permission_deleted", null);

    private final String auditName;
    private final String webhookType;

    OrgAction(String auditName, String webhookType) {
        this.auditName = auditName;
        this.webhookType = webhookType;
    }

    /** The name in the audit log, e.g. {@code member.role_changed}. */
    public String auditName() {
        return auditName;
    }

    /** The webhook event type, e.g. {@code organizationMembership.updated}, when there is one. */
    public Optional<String> webhookType() {
        return Optional.ofNullable(webhookType);
    }

    public static Optional<OrgAction> byAuditName(String name) {
        for (OrgAction action : values()) {
            if (action.auditName.equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
