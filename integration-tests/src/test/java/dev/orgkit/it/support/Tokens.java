package dev.orgkit.it.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** OIDC token requests against the server under test, and JWT payload decoding. */
public final class Tokens {

    private final Http http;

    public Tokens(Http http) {
        this.http = http;
    }

    public record TokenSet(String accessToken, String refreshToken, String idToken, JsonNode raw) {
        public JsonNode access() {
            return claims(accessToken);
        }

        public JsonNode id() {
            return claims(idToken);
        }
    }

    public TokenSet password(String realm, String clientId, String username, String password) {
        return password(realm, clientId, username, password, "openid");
    }

    public TokenSet password(String realm, String clientId, String username, String password, String scope) {
        return toTokenSet(passwordResponse(realm, clientId, username, password, scope).expect(200).json());
    }

    public Http.Response passwordResponse(String realm, String clientId, String username, String password, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        if (scope != null) {
            form.put("scope", scope);
        }
        return http.post(tokenPath(realm)).form(form).send();
    }

    public TokenSet refresh(String realm, String clientId, String refreshToken) {
        Http.Response response = refreshResponse(realm, clientId, refreshToken);
        return toTokenSet(response.expect(200).json());
    }

    public Http.Response refreshResponse(String realm, String clientId, String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", clientId);
        form.put("refresh_token", refreshToken);
        return http.post(tokenPath(realm)).form(form).send();
    }

    public Http.Response userinfo(String realm, String accessToken) {
        return http.get("/realms/" + realm + "/protocol/openid-connect/userinfo").bearer(accessToken).send();
    }

    /** Token introspection by a confidential client. */
    public JsonNode introspect(String realm, String clientId, String clientSecret, String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        return http.post("/realms/" + realm + "/protocol/openid-connect/token/introspect").header("Authorization", "Basic " + basic)
                .form(form).send().expect(200).json();
    }

    private static TokenSet toTokenSet(JsonNode json) {
        return new TokenSet(json.path("access_token").asText(null), json.path("refresh_token").asText(null),
                json.path("id_token").asText(null), json);
    }

    private static String tokenPath(String realm) {
        return "/realms/" + realm + "/protocol/openid-connect/token";
    }

    /** The decoded payload of a JWT (signature not checked: the server under test issued it). */
    public static JsonNode claims(String jwt) {
        if (jwt == null) {
            throw new IllegalArgumentException("no token");
        }
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT: " + jwt);
        }
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        try {
            return Http.JSON.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
