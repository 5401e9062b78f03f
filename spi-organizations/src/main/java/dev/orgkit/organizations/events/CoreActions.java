package dev.orgkit.organizations.events;

import java.util.List;

import org.keycloak.events.admin.OperationType;

import dev.orgkit.organizations.spi.OrgAction;

/** The changes the core itself records: organizations, memberships, the realm's settings and role catalog. */
public final class CoreActions {

    public static final OrgAction ORGANIZATION_CREATED = OrgAction.of("organization.created", OperationType.CREATE)
            .event("organization.created");
    public static final OrgAction ORGANIZATION_UPDATED = OrgAction.of("organization.updated", OperationType.UPDATE)
            .event("organization.updated");
    public static final OrgAction ORGANIZATION_DELETED = OrgAction.of("organization.deleted", OperationType.DELETE)
            .event("organization.deleted");
    public static final OrgAction MEMBER_ADDED = membership("member.added", OperationType.CREATE)
            .event("organizationMembership.created");
    public static final OrgAction MEMBER_ROLE_CHANGED = membership("member.role_changed", OperationType.UPDATE)
            .event("organizationMembership.updated");
    public static final OrgAction MEMBER_METADATA_CHANGED = membership("member.metadata_changed", OperationType.UPDATE)
            .event("organizationMembership.updated");
    public static final OrgAction MEMBER_REMOVED = membership("member.removed", OperationType.DELETE)
            .event("organizationMembership.deleted");
    public static final OrgAction MEMBER_LEFT = membership("member.left", OperationType.DELETE)
            .event("organizationMembership.deleted");
    public static final OrgAction POLICY_UPDATED = configuration("policy.updated", OperationType.UPDATE);
    public static final OrgAction ROLE_CREATED = configuration("role.created", OperationType.CREATE).event("role.created");
    public static final OrgAction ROLE_UPDATED = configuration("role.updated", OperationType.UPDATE).event("role.updated");
    public static final OrgAction ROLE_DELETED = configuration("role.deleted", OperationType.DELETE).event("role.deleted");
    public static final OrgAction PERMISSION_CREATED = configuration("permission.created", OperationType.CREATE)
            .event("permission.created");
    public static final OrgAction PERMISSION_UPDATED = configuration("permission.updated", OperationType.UPDATE)
            .event("permission.updated");
    public static final OrgAction PERMISSION_DELETED = configuration("permission.deleted", OperationType.DELETE)
            .event("permission.deleted");

    public static final List<OrgAction> ALL = List.of(ORGANIZATION_CREATED, ORGANIZATION_UPDATED, ORGANIZATION_DELETED,
            MEMBER_ADDED, MEMBER_ROLE_CHANGED, MEMBER_METADATA_CHANGED, MEMBER_REMOVED, MEMBER_LEFT, POLICY_UPDATED, ROLE_CREATED,
            ROLE_UPDATED, ROLE_DELETED, PERMISSION_CREATED, PERMISSION_UPDATED, PERMISSION_DELETED);

    private CoreActions() {
    }

    private static OrgAction membership(String name, OperationType operation) {
        return OrgAction.of(name, operation).resource("ORGANIZATION_MEMBERSHIP").under("members");
    }

    private static OrgAction configuration(String name, OperationType operation) {
        return OrgAction.of(name, operation).resource("ORGKIT_CONFIGURATION");
    }
}
