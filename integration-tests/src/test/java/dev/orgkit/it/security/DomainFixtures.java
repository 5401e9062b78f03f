package dev.orgkit.it.security;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestDns;
import dev.orgkit.it.support.TestEnvironment;
import dev.orgkit.it.support.TestRealm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for the domain and enrollment tests. */
final class DomainFixtures {

    private DomainFixtures() {
    }

    static TestDns dns() {
        return TestEnvironment.dns();
    }

    /** A domain no other test uses (the DNS server is shared by the whole run). */
    static String uniqueDomain(String prefix) {
        return TestRealm.unique(prefix) + ".example";
    }

    static String token(TestRealm realm, String user) {
        return realm.login(user).accessToken();
    }

    static String domains(TestRealm realm, String org) {
        return realm.api("/organizations/" + org + "/domains");
    }

    static Http.Response add(TestRealm realm, String bearer, String org, String domain, String mode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", domain);
        if (mode != null) {
            body.put("enrollment_mode", mode);
        }
        return realm.http().post(domains(realm, org)).bearer(bearer).json(body).send();
    }

    static Http.Response verify(TestRealm realm, String bearer, String org, String domain) {
        return realm.http().post(domains(realm, org) + "/" + domain + "/verify").bearer(bearer).send();
    }

    /** Adds a domain to an organization and verifies it through the test DNS server. */
    static JsonNode verifiedDomain(TestRealm realm, String bearer, String org, String domain, String mode) {
        JsonNode added = add(realm, bearer, org, domain, mode).expect(201).json();
        dns().txt(added.path("verification").path("name").asText(), added.path("verification").path("value").asText());
        return verify(realm, bearer, org, domain).expect(200).json();
    }

    /** A user with a password equal to the username and the given email. */
    static String user(TestRealm realm, String username, String email, boolean verified) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", email);
        user.put("emailVerified", verified);
        user.put("firstName", username);
        user.put("lastName", "Test");
        user.put("credentials", List.of(Map.of("type", "password", "value", username, "temporary", false)));
        realm.admin().post(realm.adminPath("/users"), user).expect(201);
        return realm.admin().userId(realm.name(), username);
    }

    static void assertError(Http.Response response, int status, String error) {
        org.assertj.core.api.Assertions.assertThat(response.status()).as(response.toString()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(response.json().path("error").asText()).as(response.toString()).isEqualTo(error);
    }
}
