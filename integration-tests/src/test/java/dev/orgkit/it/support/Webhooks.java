package dev.orgkit.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The webhook admin API of one test realm, as the master realm's admin. */
public final class Webhooks {

    private final TestRealm realm;

    public Webhooks(TestRealm realm) {
        this.realm = realm;
    }

    public String path(String suffix) {
        return realm.adminPath("/orgkit/webhooks" + suffix);
    }

    /** Creates an endpoint and returns the answer (with its secret). */
    public JsonNode create(Map<String, Object> body) {
        return realm.admin().post(path(""), body).expect(201).json();
    }

    public JsonNode get(String id) {
        return realm.admin().get(path("/" + id)).expect(200).json();
    }

    public JsonNode patch(String id, Map<String, Object> body) {
        return realm.http().patch(path("/" + id)).bearer(realm.admin().token()).json(body).send().expect(200).json();
    }

    public List<JsonNode> deliveries(String endpointId, String query) {
        JsonNode array = realm.admin().get(path("/" + endpointId + "/deliveries" + query)).expect(200).json();
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    /** The delivery of {@code endpointId} with this {@code webhook-id}, or null. */
    public JsonNode delivery(String endpointId, String messageId) {
        return deliveries(endpointId, "?max=100").stream()
                .filter(d -> messageId.equals(d.path("message_id").asText()))
                .findFirst().orElse(null);
    }
}
