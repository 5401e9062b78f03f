package dev.orgkit.webhooks.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void userAndSessionTypesAreClerksNames() {
        assertThat(EventTypes.USER_AND_SESSION)
                .containsExactly("user.created", "user.updated", "user.deleted", "session.created", "session.removed",
                        "session.revoked");
    }

    @Test
    void anEmptySubscriptionWantsEveryType() {
        assertThat(EventTypes.subscribed("", "user.created")).isTrue();
        assertThat(EventTypes.subscribed(null, "session.revoked")).isTrue();
    }

    @Test
    void aSubscriptionWantsOnlyItsTypes() {
        String stored = EventTypes.join(List.of("user.created", "organization.updated", "user.created"));

        assertThat(stored).isEqualTo("user.created,organization.updated");
        assertThat(EventTypes.subscribed(stored, "organization.updated")).isTrue();
        assertThat(EventTypes.subscribed(stored, "organization.created")).isFalse();
        assertThat(EventTypes.split(stored)).containsExactly("user.created", "organization.updated");
    }
}
