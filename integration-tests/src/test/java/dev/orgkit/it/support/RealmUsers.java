package dev.orgkit.it.support;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Adds users to a realm JSON before import (password = username), for {@link TestRealm#customize}. */
public final class RealmUsers {

    private RealmUsers() {
    }

    /** A user with a complete profile, the given realm roles and client roles ({@code client -> roles}). */
    public static void add(ObjectNode realm, String username, List<String> realmRoles, Map<String, List<String>> clientRoles) {
        ArrayNode users = realm.has("users") ? (ArrayNode) realm.get("users") : realm.putArray("users");
        ObjectNode user = users.addObject();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@example.com");
        user.put("emailVerified", true);
        user.put("firstName", Character.toUpperCase(username.charAt(0)) + username.substring(1));
        user.put("lastName", "Tester");
        ObjectNode credential = user.putArray("credentials").addObject();
        credential.put("type", "password");
        credential.put("value", username);
        credential.put("temporary", false);
        if (!realmRoles.isEmpty()) {
            ArrayNode roles = user.putArray("realmRoles");
            realmRoles.forEach(roles::add);
        }
        if (!clientRoles.isEmpty()) {
            ObjectNode byClient = user.putObject("clientRoles");
            clientRoles.forEach((client, roles) -> {
                ArrayNode list = byClient.putArray(client);
                roles.forEach(list::add);
            });
        }
    }
}
