package dev.orgkit.webhooks.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SessionObjectTest {

    @Test
    void aSessionHasEveryFieldOfClerksSessionWebhookObject() {
        SessionObject session = new SessionObject("s1", "u1", "app", SessionObject.ACTIVE, 1000L, 2000L, 3000L, 4000L, 2500L, null);
        Map<String, Object> user = Map.of("object", "user", "id", "u1");

        Map<String, Object> data = session.toData(user);

        assertThat(data.keySet()).containsExactly("object", "id", "client_id", "user_id", "status", "actor", "last_active_at",
                "expire_at", "abandon_at", "created_at", "updated_at", "user");
        assertThat(data).containsEntry("object", "session").containsEntry("id", "s1").containsEntry("client_id", "app")
                .containsEntry("user_id", "u1").containsEntry("status", "active").containsEntry("actor", null)
                .containsEntry("created_at", 1000L).containsEntry("last_active_at", 2000L).containsEntry("expire_at", 3000L)
                .containsEntry("abandon_at", 4000L).containsEntry("updated_at", 2500L).containsEntry("user", user);
    }

    @Test
    void aSessionWithAnActiveOrganizationNamesItAsClerksLastActiveOrganization() {
        SessionObject session = new SessionObject("s1", "u1", "app", SessionObject.ACTIVE, 1000L, 2000L, 3000L, 4000L, 2500L, "org-1");

        assertThat(session.toData(null)).containsEntry("last_active_organization_id", "org-1");
    }

    @Test
    void aSessionKeycloakHasRemovedAlreadyIsKnownByItsIdUserAndTheTimeOfItsEnd() {
        SessionObject gone = SessionObject.gone("s1", null, null, SessionObject.REVOKED, 42L);

        assertThat(gone).isEqualTo(new SessionObject("s1", "", "", "revoked", 42L, 42L, 42L, 42L, 42L, null));
        assertThat(gone.toData(null)).containsEntry("user", null).containsEntry("user_id", "");
    }
}
