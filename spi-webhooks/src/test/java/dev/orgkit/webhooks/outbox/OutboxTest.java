package dev.orgkit.webhooks.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.orgkit.webhooks.objects.SessionObject;

class OutboxTest {

    @Test
    void thePayloadIsClerksEnvelopeWithTheRealmAsInstanceAndTheRequestItCameFrom() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("object", "user");
        data.put("id", "u1");
        data.put("deleted", true);

        String payload = Outbox.payload("user.deleted", data, 1700000000123L, "realm-1", new RequestOrigin("203.0.113.7", "curl/8"));

        assertThat(payload).isEqualTo("{\"data\":{\"object\":\"user\",\"id\":\"u1\",\"deleted\":true},\"object\":\"event\","
                + "\"type\":\"user.deleted\",\"timestamp\":1700000000123,\"instance_id\":\"realm-1\","
                + "\"event_attributes\":{\"http_request\":{\"client_ip\":\"203.0.113.7\",\"user_agent\":\"curl/8\"}}}");
    }

    @Test
    void anUnknownRequestIsTwoEmptyStrings() {
        String payload = Outbox.payload("user.deleted", Map.of(), 1L, "r", new RequestOrigin(null, null));

        assertThat(payload).endsWith("\"event_attributes\":{\"http_request\":{\"client_ip\":\"\",\"user_agent\":\"\"}}}");
        assertThat(RequestOrigin.NONE).isEqualTo(new RequestOrigin("", ""));
    }

    @Test
    void theNullFieldsOfAClerkObjectAreWrittenAsNull() {
        Map<String, Object> data = SessionObject.gone("s1", "u1", "app", SessionObject.REMOVED, 42L).toData(null);

        assertThat(Outbox.payload("session.removed", data, 42L, "r", RequestOrigin.NONE))
                .contains("\"actor\":null").contains("\"user\":null");
    }

    @Test
    void messageIdsAreMsgAnd128RandomBits() {
        String id = Outbox.messageId();
        assertThat(id).matches("msg_[A-Za-z0-9_-]{22}");
        assertThat(Outbox.messageId()).isNotEqualTo(id);
    }
}
