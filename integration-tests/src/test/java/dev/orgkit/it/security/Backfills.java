package dev.orgkit.it.security;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.TestRealm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers of the backfill tests: many users at once, a user's organizations. */
final class Backfills {

    private Backfills() {
    }

    static String path(TestRealm realm) {
        return realm.adminPath("/orgkit/backfill");
    }

    /** Imports {@code count} users named {@code <prefix>-00001}... through the admin partial import (no passwords). */
    static List<String> importUsers(TestRealm realm, String prefix, int from, int count) {
        List<Map<String, Object>> users = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String name = String.format("%s-%05d", prefix, i);
            names.add(name);
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("username", name);
            user.put("enabled", true);
            user.put("email", name + "@example.com");
            user.put("firstName", "First" + i);
            user.put("lastName", prefix);
            users.add(user);
        }
        realm.admin().post(realm.adminPath("/partialImport"), Map.of("ifResourceExists", "FAIL", "users", users)).expect(200);
        return names;
    }

    /** The organizations a user is a member of (Keycloak's own admin API). */
    static JsonNode organizationsOf(TestRealm realm, String userId) {
        return realm.admin().get(realm.adminPath("/organizations/members/" + userId + "/organizations?briefRepresentation=false"))
                .expect(200).json();
    }
}
