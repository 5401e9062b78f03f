package dev.orgkit.webhooks.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;

class KeycloakEventsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"REGISTER, user.created", "UPDATE_PROFILE, user.updated", "UPDATE_EMAIL, user.updated",
            "VERIFY_EMAIL, user.updated", "DELETE_ACCOUNT, user.deleted", "LOGIN, session.created", "LOGOUT, session.removed"})
    void userEventsMapToTheirWebhookType(EventType type, String webhookType) {
        assertThat(KeycloakEvents.typeOf(event(type, null))).isEqualTo(webhookType);
    }

    @ParameterizedTest
    @CsvSource({"LOGIN_ERROR", "REGISTER_ERROR", "CODE_TO_TOKEN", "REFRESH_TOKEN", "UPDATE_PASSWORD", "CLIENT_LOGIN"})
    void otherUserEventsAndErrorsAreNotWebhooks(EventType type) {
        assertThat(KeycloakEvents.typeOf(event(type, null))).isNull();
    }

    @Test
    void aFailedEventIsNotAWebhook() {
        assertThat(KeycloakEvents.typeOf(event(EventType.LOGIN, "invalid_user_credentials"))).isNull();
        assertThat(KeycloakEvents.typeOf(event(EventType.LOGOUT, "invalid_token"))).isNull();
    }

    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @CsvSource({"USER, CREATE, users/u1, user.created", "USER, UPDATE, users/u1, user.updated", "USER, DELETE, users/u1, user.deleted",
            "USER_SESSION, DELETE, sessions/s1, session.revoked", "USER, ACTION, users/u1/logout, session.revoked"})
    void adminEventsOnAUserOrASessionMapToTheirWebhookType(ResourceType resource, OperationType operation, String path, String type) {
        assertThat(KeycloakEvents.typeOf(adminEvent(resource, operation, path))).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} {1} {2} is no webhook")
    @CsvSource({"USER, UPDATE, users/u1/reset-password", "USER, ACTION, users/u1/send-verify-email", "USER, ACTION, users//logout",
            "GROUP_MEMBERSHIP, CREATE, users/u1/groups/g1", "REALM_ROLE_MAPPING, CREATE, users/u1/role-mappings/realm",
            "USER, CREATE, users/", "USER_SESSION, DELETE, sessions/", "USER_SESSION, DELETE, sessions/s1/x",
            "ORGANIZATION_MEMBERSHIP, CREATE, organizations/o1/members/u1", "CLIENT, DELETE, clients/c1"})
    void otherAdminEventsAreNotWebhooks(ResourceType resource, OperationType operation, String path) {
        assertThat(KeycloakEvents.typeOf(adminEvent(resource, operation, path))).isNull();
    }

    @Test
    void aDeletedUserNeedsNoLookup() {
        AdminEvent byAdmin = adminEvent(ResourceType.USER, OperationType.DELETE, "users/u1");
        assertThat(KeycloakEvents.data(null, null, byAdmin)).singleElement().satisfies(data ->
                assertThat(data).containsExactly(entry("object", "user"), entry("id", "u1"), entry("deleted", true)));

        Event bySelf = event(EventType.DELETE_ACCOUNT, null);
        bySelf.setUserId("u2");
        assertThat(KeycloakEvents.data(null, null, bySelf)).singleElement().satisfies(data ->
                assertThat(data).containsEntry("id", "u2").containsEntry("deleted", true));
    }

    @Test
    void anEventWithoutAUserOrASessionRaisesNothing() {
        assertThat(KeycloakEvents.data(null, null, event(EventType.LOGOUT, null))).isEmpty();
        Event logout = event(EventType.LOGOUT, null);
        logout.setUserId("u1");
        assertThat(KeycloakEvents.data(null, null, logout)).isEmpty();
    }

    @ParameterizedTest(name = "{0} after {1} is {2}")
    @CsvSource({"users/u1, users/, u1", "users/u1/logout, users/, ", "sessions/s1, sessions/, s1", "users/, users/, ",
            "clients/c1, users/, "})
    void theIdIsTheOneSegmentAfterThePrefix(String path, String prefix, String id) {
        assertThat(KeycloakEvents.idAfter(path, prefix)).isEqualTo(id);
    }

    private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
        return java.util.Map.entry(key, value);
    }

    private static Event event(EventType type, String error) {
        Event event = new Event();
        event.setType(type);
        event.setError(error);
        return event;
    }

    private static AdminEvent adminEvent(ResourceType resource, OperationType operation, String path) {
        AdminEvent event = new AdminEvent();
        event.setResourceType(resource);
        event.setOperationType(operation);
        event.setResourcePath(path);
        return event;
    }
}
