package dev.orgkit.it.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** The Keycloak admin REST API as the bootstrap admin of the master realm. */
public final class Admin {

    private final Http http;
    private final Tokens tokens;
    private String token;
    private Instant tokenTakenAt = Instant.EPOCH;

    public Admin(Http http) {
        this.http = http;
        this.tokens = new Tokens(http);
    }

    /** A fresh enough access token of the master realm's admin (master tokens live 60 s by default). */
    public synchronized String token() {
        if (token == null || Duration.between(tokenTakenAt, Instant.now()).toSeconds() > 30) {
            token = tokens.password("master", "admin-cli", KeycloakServer.ADMIN_USER, KeycloakServer.ADMIN_PASSWORD, null)
                    .accessToken();
            tokenTakenAt = Instant.now();
        }
        return token;
    }

    /** Forgets the cached token, e.g. after a server restart. */
    public synchronized void reset() {
        token = null;
    }

    public Http http() {
        return http;
    }

    public Http.Response patch(String path, Object json) {
        return http.patch(path).bearer(token()).json(json).send();
    }

    public Http.Response get(String path) {
        return http.get(path).bearer(token()).send();
    }

    public Http.Response post(String path, Object json) {
        Http.Request request = http.post(path).bearer(token());
        if (json != null) {
            request.json(json);
        }
        return request.send();
    }

    public Http.Response put(String path, Object json) {
        return http.put(path).bearer(token()).json(json).send();
    }

    public Http.Response delete(String path) {
        return http.delete(path).bearer(token()).send();
    }

    public void importRealm(JsonNode realm) {
        post("/admin/realms", realm).expect(201);
    }

    public void deleteRealm(String realm) {
        Http.Response response = delete("/admin/realms/" + realm);
        if (response.status() != 204 && response.status() != 404) {
            throw new AssertionError("could not delete realm " + realm + ": " + response);
        }
    }

    public JsonNode realm(String realm) {
        return get("/admin/realms/" + realm).expect(200).json();
    }

    public String userId(String realm, String username) {
        JsonNode users = get("/admin/realms/" + realm + "/users?exact=true&username=" + enc(username)).expect(200).json();
        if (users.size() != 1) {
            throw new AssertionError("no single user " + username + " in " + realm + ": " + users);
        }
        return users.get(0).path("id").asText();
    }

    public JsonNode organizationByAlias(String realm, String alias) {
        JsonNode orgs = get("/admin/realms/" + realm + "/organizations?briefRepresentation=false&q=alias:" + enc(alias))
                .expect(200).json();
        for (JsonNode org : orgs) {
            if (alias.equals(org.path("alias").asText())) {
                return org;
            }
        }
        throw new AssertionError("no organization " + alias + " in " + realm + ": " + orgs);
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
