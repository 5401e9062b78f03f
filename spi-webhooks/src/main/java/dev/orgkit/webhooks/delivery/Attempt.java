package dev.orgkit.webhooks.delivery;

import java.util.Map;

/**
 * One attempt, ready to send: the claimed message's URL, signed headers and body. {@code problem}
 * is set instead when the attempt cannot be made (its signing secret cannot be decrypted). {@code realm}
 * is the endpoint's realm name, for the meters.
 */
record Attempt(String deliveryId, String realm, String endpointId, String url, Map<String, String> headers, byte[] body, String problem) {

    static Attempt impossible(String deliveryId, String realm, String endpointId, String problem) {
        return new Attempt(deliveryId, realm, endpointId, null, Map.of(), new byte[0], problem);
    }

    @Override
    public String toString() {
        // never the body or the signature headers
        return "Attempt[" + deliveryId + " to endpoint " + endpointId + "]";
    }
}
