package dev.orgkit.organizations.spi;

import java.util.Objects;
import java.util.Optional;

import org.keycloak.events.admin.OperationType;

/**
 * A kind of change a jar records (declared through {@link OrgkitFeature#actions()}): its name in
 * the audit log, the webhook event type apps receive for it (if any), and how it appears as a
 * Keycloak admin event (resource type, operation, path below the organization).
 */
public final class OrgAction {

    private final String auditName;
    private final OperationType operation;
    private final String webhookType;
    private final String resourceType;
    private final String pathSegment;

    private OrgAction(String auditName, OperationType operation, String webhookType, String resourceType, String pathSegment) {
        this.auditName = Objects.requireNonNull(auditName);
        this.operation = Objects.requireNonNull(operation);
        this.webhookType = webhookType;
        this.resourceType = resourceType;
        this.pathSegment = pathSegment;
    }

    /** An action about an organization (admin event resource {@code ORGANIZATION}), with no webhook. */
    public static OrgAction of(String auditName, OperationType operation) {
        return new OrgAction(auditName, operation, null, "ORGANIZATION", null);
    }

    /** The same action, sent to webhook endpoints as {@code type}. */
    public OrgAction webhook(String type) {
        return new OrgAction(auditName, operation, type, resourceType, pathSegment);
    }

    /** The same action, as an admin event about {@code type} (e.g. {@code ORGANIZATION_MEMBERSHIP}). */
    public OrgAction resource(String type) {
        return new OrgAction(auditName, operation, webhookType, type, pathSegment);
    }

    /** The same action, about a thing under the organization: admin event path {@code organizations/{org}/<segment>/{id}}. */
    public OrgAction under(String segment) {
        return new OrgAction(auditName, operation, webhookType, resourceType, segment);
    }

    /** The name in the audit log, e.g. {@code member.role_changed}. */
    public String auditName() {
        return auditName;
    }

    /** The webhook event type, e.g. {@code organizationMembership.updated}, when there is one. */
    public Optional<String> webhookType() {
        return Optional.ofNullable(webhookType);
    }

    public OperationType operation() {
        return operation;
    }

    public String resourceType() {
        return resourceType;
    }

    /** The path segment below an organization, or null for the organization itself. */
    public String pathSegment() {
        return pathSegment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrgAction action && action.auditName.equals(auditName);
    }

    @Override
    public int hashCode() {
        return auditName.hashCode();
    }

    @Override
    public String toString() {
        return auditName;
    }
}
