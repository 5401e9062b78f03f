package dev.orgkit.organizations.spi;

import java.util.Map;

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
            adminEvent.resource(action.resourceType())
                    .operation(action.operation())
                    .resourcePath(path(action, organizationId, targetType, targetId).split("/"))
                    .representation(data)
                    .detail("orgkit.action", action.name());
            if (organizationId != null) {
                adminEvent.detail("orgkit.organization", organizationId);
            }
            adminEvent.success();
        }
    }

    static String path(OrgAction action, String organizationId, String targetType, String targetId) {
        StringBuilder path = new StringBuilder();
        if (organizationId != null) {
            path.append("organizations/").append(organizationId);
            if (action.pathSegment() != null && targetId != null) {
                path.append('/').append(action.pathSegment()).append('/').append(targetId);
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
