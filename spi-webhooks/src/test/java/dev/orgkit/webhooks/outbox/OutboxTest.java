package dev.orgkit.webhooks.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OutboxTest {

    @Test
    void thePayloadIsTheClerkEnvelope() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", "u1");
        data.put("deleted", true);

        String payload = Outbox.payload("user.deleted", data, 1700000000123L);

        assertThat(payload).isEqualTo("{\"data\":{\"id\":\"u1\",\"deleted\":true},\"object\":\"event\",\"type\":\"user.deleted\","
                + "\"timestamp\":1700000000123}");
    }

    @Test
    void messageIdsAreMsgAnd128RandomBits() {
        String id = Outbox.messageId();
        assertThat(id).matches("msg_[A-Za-z0-9_-]{22}");
        assertThat(Outbox.messageId()).isNotEqualTo(id);
    }
}
