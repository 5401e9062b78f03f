package dev.orgkit.it.invitations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo realm as the invitation tests need it, and small helpers around it. */
final class InvitationFixtures {

    static final String CLI = "orgkit-demo-cli";
    static final String APP = "orgkit-test-app";
    static final String APP_REDIRECT = "https://app.example.test/callback";
    static final Pattern LINK = Pattern.compile("(http://[^\\s\"<>]+/orgkit/invitations/accept\\?token=[A-Za-z0-9_-]+)");

    private InvitationFixtures() {
    }

    /**
     * The demo realm with the orgkit themes, admin events on, a browser app client, and sam, a
     * superadmin; with an SMTP server on {@code smtpPort} when it is given.
     */
    static TestRealm realm(IntSupplier smtpPort, Map<String, String> attributes) {
        return TestRealm.demo().customize(json -> {
            ObjectNode realmAttributes = (ObjectNode) json.get("attributes");
            attributes.forEach(realmAttributes::put);
            ArrayNode catalog = (ArrayNode) json.get("roles").get("client").get("orgkit-roles");
            ObjectNode secret = catalog.addObject();
            secret.put("name", "org:vault:open");
            secret.put("composite", false);
            secret.put("clientRole", true);
            ObjectNode keeper = catalog.addObject();
            keeper.put("name", "org:vault_keeper");
            keeper.put("composite", true);
            keeper.put("clientRole", true);
            keeper.putObject("composites").putObject("client").putArray("orgkit-roles").add("org:vault:open");
            json.put("loginTheme", "orgkit");
            json.put("emailTheme", "orgkit");
            json.put("adminEventsEnabled", true);
            json.put("adminEventsDetailsEnabled", true);
            if (smtpPort != null) {
                ObjectNode smtp = json.putObject("smtpServer");
                smtp.put("host", "127.0.0.1");
                smtp.put("port", Integer.toString(smtpPort.getAsInt()));
                smtp.put("from", "orgkit@example.test");
                smtp.put("fromDisplayName", "orgkit");
            }
            ObjectNode app = ((ArrayNode) json.get("clients")).addObject();
            app.put("clientId", APP);
            app.put("enabled", true);
            app.put("publicClient", true);
            app.put("standardFlowEnabled", true);
            app.put("directAccessGrantsEnabled", false);
            app.putArray("redirectUris").add("https://app.example.test/*");
            ArrayNode scopes = app.putArray("defaultClientScopes");
            for (String scope : new String[] {"basic", "profile", "email", "roles", "web-origins", "acr", "orgkit"}) {
                scopes.add(scope);
            }
            ObjectNode sam = ((ArrayNode) json.get("users")).addObject();
            sam.put("username", "sam");
            sam.put("enabled", true);
            sam.put("email", "sam@example.com");
            sam.put("emailVerified", true);
            sam.put("firstName", "Sam");
            sam.put("lastName", "Super");
            sam.putArray("realmRoles").add("orgkit-superadmin");
            ObjectNode credential = sam.putArray("credentials").addObject();
            credential.put("type", "password");
            credential.put("value", "sam");
            credential.put("temporary", false);
        });
    }

    /** No rate limits, for tests that send many invitations from one address. */
    static final Map<String, String> UNLIMITED = Map.of("orgkit.invitation-ip-limit", "0", "orgkit.invitation-org-daily-limit", "0");

    static String token(TestRealm realm, String user) {
        return realm.tokens().password(realm.name(), CLI, user, user).accessToken();
    }

    static String invitations(TestRealm realm, String org) {
        return realm.path("/orgkit/organizations/" + org + "/invitations");
    }

    static Http.Response invite(TestRealm realm, String bearer, String org, String email, String role) {
        return realm.http().post(invitations(realm, org)).bearer(bearer).json(Map.of("email", email, "role", role)).send();
    }

    static JsonNode invited(TestRealm realm, String bearer, String org, String email, String role) {
        return invite(realm, bearer, org, email, role).expect(201).json();
    }

    /** The token of an invitation link. */
    static String tokenOf(String url) {
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    /** The invitation link in a text. */
    static String linkIn(String text) {
        Matcher matcher = LINK.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no invitation link in: " + text);
        }
        return matcher.group(1);
    }

    /** The path and query of a link on the server under test. */
    static String pathOf(String url) {
        int start = url.indexOf("/realms/");
        return url.substring(start);
    }

    /** A user with the email {@code <name>@example.com} (verified or not) and the password {@code name}. */
    static String createUser(TestRealm realm, String name, boolean verified) {
        Map<String, Object> user = Map.of("username", name, "enabled", true, "email", name + "@example.com",
                "emailVerified", verified, "firstName", name, "lastName", "Test",
                "credentials", java.util.List.of(Map.of("type", "password", "value", name, "temporary", false)));
        realm.admin().post(realm.adminPath("/users"), user).expect(201);
        return realm.admin().userId(realm.name(), name);
    }

    static String realmId(TestRealm realm) {
        return realm.admin().realm(realm.name()).path("id").asText();
    }

    static long count(TestRealm realm, String sql, String... parameters) throws SQLException {
        try (Connection connection = realm.env().database().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static int update(TestRealm realm, String sql, Object... parameters) throws SQLException {
        try (Connection connection = realm.env().database().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
