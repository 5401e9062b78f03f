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
            "VERIFY_EMAIL, user.updated", "DELETE_ACCOUNT, user.deleted", "LOGIN, session.created", "LOGOUT, session.ended"})
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
    }

    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @CsvSource({"USER, CREATE, users/u1, user.created", "USER, UPDATE, users/u1, user.updated", "USER, DELETE, users/u1, user.deleted",
            "USER_SESSION, DELETE, sessions/s1, session.ended"})
    void adminEventsOnAUserOrASessionMapToTheirWebhookType(ResourceType resource, OperationType operation, String path, String type) {
        assertThat(KeycloakEvents.typeOf(adminEvent(resource, operation, path))).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} {1} {2} is no webhook")
    @CsvSource({"USER, ACTION, users/u1/logout", "USER, UPDATE, users/u1/reset-password", "GROUP_MEMBERSHIP, CREATE, users/u1/groups/g1",
            "REALM_ROLE_MAPPING, CREATE, users/u1/role-mappings/realm", "USER, CREATE, users/", "USER_SESSION, DELETE, sessions/",
            "ORGANIZATION_MEMBERSHIP, CREATE, organizations/o1/members/u1", "CLIENT, DELETE, clients/c1"})
    void otherAdminEventsAreNotWebhooks(ResourceType resource, OperationType operation, String path) {
        assertThat(KeycloakEvents.typeOf(adminEvent(resource, operation, path))).isNull();
    }

    @Test
    void adminDeletionsNeedNoLookup() {
        AdminEvent deleted = adminEvent(ResourceType.USER, OperationType.DELETE, "users/u1");
        assertThat(KeycloakEvents.of(null, null, deleted)).hasValueSatisfying(m -> {
            assertThat(m.type()).isEqualTo("user.deleted");
            assertThat(m.data()).containsEntry("id", "u1").containsEntry("deleted", true);
        });
        AdminEvent ended = adminEvent(ResourceType.USER_SESSION, OperationType.DELETE, "sessions/s1");
        ended.setTime(42L);
        assertThat(KeycloakEvents.of(null, null, ended)).hasValueSatisfying(m ->
                assertThat(m.data()).containsEntry("id", "s1").containsEntry("status", "ended").containsEntry("ended_at", 42L));
    }

    @Test
    void aLogoutCarriesTheSessionItEnded() {
        Event logout = event(EventType.LOGOUT, null);
        logout.setUserId("u1");
        logout.setSessionId("s1");
        logout.setClientId("app");
        logout.setIpAddress("203.0.113.7");
        logout.setTime(42L);

        assertThat(KeycloakEvents.of(null, null, logout)).hasValueSatisfying(m -> assertThat(m.data())
                .containsEntry("id", "s1").containsEntry("user_id", "u1").containsEntry("client_id", "app")
                .containsEntry("ip_address", "203.0.113.7").containsEntry("status", "ended").containsEntry("ended_at", 42L));
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
