package dev.orgkit.it.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CORS of the self-service API as an embedded switcher on an app's page meets it (what the browser
 * checks, sent by hand here; {@link SwitcherBrowserIT} has Chromium do it): preflights, answers
 * and refusals for the web origins of the token's client, and nothing for other origins.
 */
class SelfServiceCorsIT {

    static final String APP_CLIENT = "orgkit-cors-test";
    static final String APP_ORIGIN = "http://app.example.test:3000";
    static final String OTHER_ORIGIN = "http://other.example.test:3000";

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(SelfServiceCorsIT::addAppClient);

    @Test
    void aPreflightForTheSwitchAllowsPutWithAuthorizationAndContentType() {
        Http.Response preflight = realm.http().options(realm.api("/me/active-organization"))
                .header("Origin", APP_ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .send();

        assertThat(preflight.status()).as(preflight.toString()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).contains(APP_ORIGIN);
        assertThat(preflight.header("Access-Control-Allow-Methods").orElse("")).contains("PUT");
        assertThat(preflight.header("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("authorization").contains("content-type");
    }

    @Test
    void answersToAWebOriginOfTheTokensClientCarryItsOrigin() {
        String bob = token("bob");

        Http.Response list = realm.http().get(realm.api("/me/organizations")).bearer(bob).header("Origin", APP_ORIGIN).send().expect(200);
        Http.Response put = realm.http().put(realm.api("/me/active-organization")).bearer(bob).header("Origin", APP_ORIGIN)
                .json(Map.of("organization", "globex")).send().expect(200);

        assertThat(list.header("Access-Control-Allow-Origin")).contains(APP_ORIGIN);
        assertThat(put.header("Access-Control-Allow-Origin")).contains(APP_ORIGIN);
    }

    @Test
    void refusalsCarryItToo_soThePageCanShowTheErrorDescription() {
        String alice = token("alice");

        Http.Response notMine = realm.http().put(realm.api("/me/active-organization")).bearer(alice).header("Origin", APP_ORIGIN)
                .json(Map.of("organization", "globex")).send().expect(404);
        Http.Response badBody = realm.http().put(realm.api("/me/active-organization")).bearer(alice).header("Origin", APP_ORIGIN)
                .json("{\"organization\": ").send();

        assertThat(notMine.header("Access-Control-Allow-Origin")).contains(APP_ORIGIN);
        assertThat(badBody.status()).as(badBody.toString()).isEqualTo(400);
        assertThat(badBody.header("Access-Control-Allow-Origin")).contains(APP_ORIGIN);
        assertThat(badBody.json().path("error_description").asText()).isNotEmpty();
    }

    @Test
    void aPageOnAnOriginTheClientDoesNotListGetsNoCorsHeaders_soTheBrowserRefusesTheAnswer() {
        Http.Response answer = realm.http().get(realm.api("/me/organizations")).bearer(token("bob")).header("Origin", OTHER_ORIGIN).send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void anExpiredOrMissingTokenAnswers401ThatTheBrowserLetsThePageRead() {
        Http.Response invalid = realm.http().get(realm.api("/me/organizations")).bearer("not-a-token").header("Origin", APP_ORIGIN).send();
        Http.Response missing = realm.http().put(realm.api("/me/active-organization")).header("Origin", OTHER_ORIGIN)
                .json(Map.of("organization", "globex")).send();

        assertThat(invalid.status()).isEqualTo(401);
        assertThat(invalid.header("Access-Control-Allow-Origin")).contains(APP_ORIGIN);
        assertThat(invalid.header("Access-Control-Expose-Headers").orElse("")).contains("WWW-Authenticate");
        assertThat(invalid.json().path("error").asText()).isEqualTo("unauthorized");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("Access-Control-Allow-Origin")).contains(OTHER_ORIGIN);
    }

    private static String token(String username) {
        return realm.tokens().password(realm.name(), APP_CLIENT, username, username).accessToken();
    }

    /** A public client standing for the app, with one web origin. */
    private static void addAppClient(ObjectNode json) {
        ObjectNode client = json.withArray("clients").addObject();
        client.put("clientId", APP_CLIENT);
        client.put("publicClient", true);
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", true);
        client.put("protocol", "openid-connect");
        client.putArray("webOrigins").add(APP_ORIGIN);
        client.putArray("defaultClientScopes").add("basic").add("profile").add("roles").add("web-origins").add("orgkit");
    }
}
