package dev.orgkit.organizations.spi;

import java.util.Objects;
import java.util.Optional;

import org.keycloak.events.admin.OperationType;

/**
 * A kind of change a jar records (declared through {@link OrgkitFeature#actions()}): its name, the
 * event type apps receive for it (if any), and how it appears as a Keycloak admin event (resource
 * type, operation, path below the organization).
 */
public final class OrgAction {

    private final String name;
    private final OperationType operation;
    private final String eventType;
    private final String resourceType;
    private final String pathSegment;

    private OrgAction(String name, OperationType operation, String eventType, String resourceType, String pathSegment) {
        this.name = Objects.requireNonNull(name);
        this.operation = Objects.requireNonNull(operation);
        this.eventType = eventType;
        this.resourceType = resourceType;
        this.pathSegment = pathSegment;
    }

    /** An action about an organization (admin event resource {@code ORGANIZATION}), not delivered to apps. */
    public static OrgAction of(String name, OperationType operation) {
        return new OrgAction(name, operation, null, "ORGANIZATION", null);
    }

    /** The same action, delivered to apps (webhook endpoints) as the event {@code type}. */
    public OrgAction event(String type) {
        return new OrgAction(name, operation, type, resourceType, pathSegment);
    }

    /** The same action, as an admin event about {@code type} (e.g. {@code ORGANIZATION_MEMBERSHIP}). */
    public OrgAction resource(String type) {
        return new OrgAction(name, operation, eventType, type, pathSegment);
    }

    /** The same action, about a thing under the organization: admin event path {@code organizations/{org}/<segment>/{id}}. */
    public OrgAction under(String segment) {
        return new OrgAction(name, operation, eventType, resourceType, segment);
    }

    /** The action's name, as recorded, e.g. {@code member.role_changed}. */
    public String name() {
        return name;
    }

    /** The event type apps receive, e.g. {@code organizationMembership.updated}, when there is one. */
    public Optional<String> eventType() {
        return Optional.ofNullable(eventType);
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
        return other instanceof OrgAction action && action.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
