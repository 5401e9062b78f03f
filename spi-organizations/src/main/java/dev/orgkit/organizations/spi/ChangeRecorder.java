package dev.orgkit.organizations.spi;

import java.util.Map;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.common.util.Time;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * Records a change twice, in the change's own transaction: as an {@link OrgkitEvent} for orgkit's
 * audit log and webhooks, and as a Keycloak admin event for the realm's event listeners and store.
 */
public final class ChangeRecorder {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Actor actor;
    private final String ipAddress;
    private final String userAgent;
    private final AdminEventBuilder adminEvent;

    public ChangeRecorder(KeycloakSession session, RealmModel realm, Actor actor, String ipAddress, String userAgent,
                          AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.actor = actor;
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
        this.adminEvent = adminEvent;
    }

    public Actor actor() {
        return actor;
    }

    public String ipAddress() {
        return ipAddress;
    }

    public void record(OrgAction action, String organizationId, String targetType, String targetId, Object data,
                       Map<String, String> details) {
        new OrgkitEvent(session, realm, action, organizationId, actor, targetType, targetId, data, details, ipAddress,
                userAgent, Time.currentTimeMillis()).publish();
        if (adminEvent != null) {
            adminEvent.resource(resourceType(action))
                    .operation(operation(action))
                    .resourcePath(path(organizationId, targetType, targetId).split("/"))
                    .representation(data)
                    .detail("orgkit.action", action.auditName());
            if (organizationId != null) {
                adminEvent.detail("orgkit.organization", organizationId);
            }
            adminEvent.success();
        }
    }

    static String resourceType(OrgAction action) {
        String name = action.auditName();
        if (name.startsWith("member.")) {
            return ResourceType.ORGANIZATION_MEMBERSHIP.name();
        }
        if (name.startsWith("invitation.")) {
            return "ORGKIT_INVITATION";
        }
        if (name.startsWith("membership_request.")) {
            return "ORGKIT_MEMBERSHIP_REQUEST";
        }
        if (name.startsWith("policy.") || name.startsWith("catalog.")) {
            return "ORGKIT_CONFIGURATION";
        }
        return ResourceType.ORGANIZATION.name();
    }

    static OperationType operation(OrgAction action) {
        return switch (action) {
            case ORGANIZATION_CREATED, MEMBER_ADDED, INVITATION_CREATED, INVITATION_ACCEPTED, DOMAIN_ADDED,
                 MEMBERSHIP_REQUEST_CREATED -> OperationType.CREATE;
            case ORGANIZATION_DELETED, MEMBER_REMOVED, MEMBER_LEFT, INVITATION_REVOKED, CATALOG_ROLE_DELETED, DOMAIN_REMOVED,
                 CATALOG_PERMISSION_DELETED -> OperationType.DELETE;
            default -> OperationType.UPDATE;
        };
    }

    static String path(String organizationId, String targetType, String targetId) {
        StringBuilder path = new StringBuilder();
        if (organizationId != null) {
            path.append("organizations/").append(organizationId);
            if ("user".equals(targetType)) {
                path.append("/members/").append(targetId);
            } else if ("invitation".equals(targetType)) {
                path.append("/invitations/").append(targetId);
            } else if ("domain".equals(targetType)) {
                path.append("/domains/").append(targetId);
            } else if ("membership_request".equals(targetType)) {
                path.append("/membership-requests/").append(targetId);
            }
        } else {
            path.append("orgkit/").append(targetType == null ? "configuration" : targetType);
            if (targetId != null) {
                path.append('/').append(targetId);
            }
        }
        return path.toString();
    }
}
