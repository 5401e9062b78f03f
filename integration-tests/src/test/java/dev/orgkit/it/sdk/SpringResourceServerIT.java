package dev.orgkit.it.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Eventually;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.SpringExample;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * examples/spring-resource-server (the orgkit Spring Boot starter in an app, run as {@code java -jar}) against real
 * tokens of a demo realm: validation of signature, issuer, audience and expiry, Clerk's has() for every role and
 * permission of the demo catalog with the exact JSON refusals, key rotation, and every call of the RestClient,
 * which forwards the caller's token to orgkit's API: the app's answers equal orgkit's own answers to the same token,
 * refusals included (orgkit's status and JSON, not a 500).
 */
@Tag("sdk")
class SpringResourceServerIT {

    private static final String NO_AUDIENCE_CLIENT = "orgkit-no-audience";

    private static final List<String> PERMISSIONS = List.of("org:sys_profile:manage", "org:sys_profile:delete",
            "org:sys_memberships:read", "org:sys_memberships:manage", "org:sys_domains:read", "org:sys_domains:manage",
            "org:sys_audit:read", "org:invoices:read", "org:invoices:manage");
    private static final List<String> ROLES = List.of("org:admin", "org:member", "org:billing");

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static SpringExample app;
    private static String issuer;

    @BeforeAll
    static void startTheExample() {
        // carol (no organization in the demo realm) becomes org:billing of acme, her only organization and so her active one
        realm.addMember("acme", "carol", "org:billing");
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", NO_AUDIENCE_CLIENT);
        client.put("publicClient", true);
        client.put("directAccessGrantsEnabled", true);
        client.put("standardFlowEnabled", false);
        realm.admin().post(realm.adminPath("/clients"), client).expect(201);

        issuer = realm.env().server().publicUrl() + realm.path("");
        app = new SpringExample("spring-resource-server", List.of("orgkit.issuer-uri=" + issuer, "orgkit.audience=orgkit-demo-api",
                // no leeway, so that the expiry test waits seconds, not a minute
                "orgkit.clock-skew=0s"));
    }

    @AfterAll
    static void stopTheExample() {
        if (app != null) {
            app.close();
        }
    }

    // ---- tokens ---------------------------------------------------------------------------------------

    @Test
    void answersOnlyTheActiveOrganizationsInvoices() {
        String acme = realm.admin().organizationByAlias(realm.name(), "acme").path("id").asText();
        String globex = realm.admin().organizationByAlias(realm.name(), "globex").path("id").asText();
        String alice = token("alice", "acme");
        String bobInGlobex = token("bob", "globex");

        JsonNode acmeInvoice = app.http().post("/api/invoices").bearer(alice).json(Map.of("customer", "Road Runner", "amountCents", 4200))
                .send().expect(201).json();
        JsonNode globexInvoice = app.http().post("/api/invoices").bearer(bobInGlobex).json(Map.of("customer", "Hank Scorpio", "amountCents", 990))
                .send().expect(201).json();

        assertThat(acmeInvoice.path("orgId").asText()).isEqualTo(acme);
        assertThat(globexInvoice.path("orgId").asText()).isEqualTo(globex);
        JsonNode acmeList = app.http().get("/api/invoices").bearer(alice).send().expect(200).json();
        assertThat(acmeList).extracting(invoice -> invoice.path("orgId").asText()).containsOnly(acme);
        assertThat(acmeList).extracting(invoice -> invoice.path("id").asText())
                .contains(acmeInvoice.path("id").asText()).doesNotContain(globexInvoice.path("id").asText());
        JsonNode globexList = app.http().get("/api/invoices").bearer(bobInGlobex).send().expect(200).json();
        assertThat(globexList).extracting(invoice -> invoice.path("orgId").asText()).containsOnly(globex);
    }

    @Test
    void rejectsBadInvoicesWith400() {
        Http.Response response = app.http().post("/api/invoices").bearer(token("alice", "acme")).json(Map.of("customer", " ")).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void answers401JsonWithoutAToken() {
        Http.Response response = app.http().get("/api/invoices").send();

        assertUnauthorized(response);
        assertThat(response.json()).isEqualTo(json("{\"error\":\"unauthorized\",\"error_description\":\"a valid bearer token is required\"}"));
        assertThat(response.header("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void answers401ForAnExpiredToken() {
        JsonNode settings = realm.admin().realm(realm.name());
        int lifespan = settings.path("accessTokenLifespan").asInt();
        realm.admin().put(realm.adminPath(""), Map.of("accessTokenLifespan", 5)).expect(204);
        Tokens.TokenSet shortLived;
        try {
            shortLived = realm.login("alice");
        } finally {
            realm.admin().put(realm.adminPath(""), Map.of("accessTokenLifespan", lifespan)).expect(204);
        }
        Instant expiry = Instant.ofEpochSecond(shortLived.access().path("exp").asLong());
        assertThat(Duration.between(Instant.now(), expiry)).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(app.http().get("/api/invoices").bearer(shortLived.accessToken()).send().status()).as("before expiry").isEqualTo(200);

        Eventually.until("the token to be refused once expired", Duration.ofSeconds(30),
                () -> app.http().get("/api/invoices").bearer(shortLived.accessToken()).send().status() == 401);

        assertThat(Instant.now()).as("refused only after exp").isAfterOrEqualTo(expiry);
        Http.Response response = app.http().get("/api/invoices").bearer(shortLived.accessToken()).send();
        assertUnauthorized(response);
        assertThat(response.json().path("error_description").asText()).contains("expired");
        assertThat(response.header("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }

    @Test
    void answers401ForATamperedSignature() {
        String token = token("alice", "acme");
        assertThat(app.http().get("/api/invoices").bearer(token).send().status()).isEqualTo(200);

        String[] parts = token.split("\\.");
        char[] signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        assertUnauthorized(app.http().get("/api/invoices").bearer(parts[0] + "." + parts[1] + "." + new String(signature)).send());
    }

    @Test
    void answers401ForTamperedClaims() {
        String token = token("bob", "acme");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"org:member\"", "\"org:admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertUnauthorized(app.http().get("/api/admin-only").bearer(forged).send());
    }

    @Test
    void answers401ForATokenOfAnotherRealm() {
        String master = realm.admin().token();
        assertThat(Tokens.claims(master).path("iss").asText()).endsWith("/realms/master");

        assertUnauthorized(app.http().get("/api/me").bearer(master).send());
    }

    @Test
    void answers401ForATokenWithoutTheApiAudience() {
        String token = realm.tokens().password(realm.name(), NO_AUDIENCE_CLIENT, "alice", "alice").accessToken();
        assertThat(audiences(token)).doesNotContain("orgkit-demo-api");
        assertThat(Tokens.claims(token).path("org_slug").asText()).as("a token of the right realm and user").isEqualTo("acme");

        assertUnauthorized(app.http().get("/api/me").bearer(token).send());
    }

    @Test
    void answers401ForAnIdToken() {
        Tokens.TokenSet tokens = realm.login("alice");
        assertThat(tokens.idToken()).isNotNull();

        assertUnauthorized(app.http().get("/api/me").bearer(tokens.idToken()).send());
    }

    // ---- has() ---------------------------------------------------------------------------------------

    /** Who, in which organization, with which role; and the permissions the demo catalog's role carries in its token. */
    static Stream<Arguments> members() {
        List<String> invoices = List.of("org:invoices:read", "org:invoices:manage");
        return Stream.of(
                Arguments.of("alice", "acme", "org:admin", invoices),
                Arguments.of("bob", "acme", "org:member", List.of()),
                Arguments.of("bob", "globex", "org:admin", invoices),
                Arguments.of("carol", "acme", "org:billing", invoices));
    }

    @ParameterizedTest(name = "{0} in {1} ({2})")
    @MethodSource("members")
    void checksEveryRoleAndPermissionOfTheDemoCatalog(String user, String org, String role, List<String> granted) {
        String token = token(user, org);
        JsonNode me = app.http().get("/api/me").bearer(token).send().expect(200).json();
        assertThat(me.path("orgSlug").asText()).isEqualTo(org);
        assertThat(me.path("orgRole").asText()).isEqualTo(role);

        List<String> failures = new ArrayList<>();
        for (String permission : PERMISSIONS) {
            Http.Response response = app.http().get("/api/permissions/" + permission).bearer(token).send();
            JsonNode expected = granted.contains(permission)
                    ? json("{\"permission\":\"" + permission + "\",\"granted\":true}")
                    : forbidden("requires permission " + permission);
            check(failures, permission, response, granted.contains(permission) ? 200 : 403, expected);
        }
        for (String asked : ROLES) {
            Http.Response response = app.http().get("/api/roles/" + asked).bearer(token).send();
            JsonNode expected = asked.equals(role) ? json("{\"role\":\"" + asked + "\",\"granted\":true}") : forbidden("requires role " + asked);
            check(failures, asked, response, asked.equals(role) ? 200 : 403, expected);
        }
        check(failures, "/api/admin-only", app.http().get("/api/admin-only").bearer(token).send(), role.equals("org:admin") ? 200 : 403,
                role.equals("org:admin") ? json("{\"organization\":\"" + org + "\",\"role\":\"org:admin\"}") : forbidden("requires role org:admin"));
        Http.Response invoices = app.http().get("/api/invoices").bearer(token).send();
        if (granted.contains("org:invoices:read")) {
            assertThat(invoices.status()).isEqualTo(200);
        } else {
            check(failures, "/api/invoices", invoices, 403, forbidden("requires permission org:invoices:read"));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void answersNoActiveOrganizationWhenTheSessionHasNone() {
        // a member of two organizations who has never chosen one: the session has none (Clerk's personal account)
        String username = realm.createUserAndReturnName();
        realm.addMember("acme", username, "org:member");
        realm.addMember("globex", username, "org:admin");
        String token = realm.login(username).accessToken();
        assertThat(Tokens.claims(token).has("org_id")).isFalse();
        JsonNode expected = json("{\"error\":\"no_active_organization\",\"error_description\":\"requires an active organization\"}");

        for (String path : List.of("/api/invoices", "/api/admin-only", "/api/permissions/org:invoices:read", "/api/roles/org:member")) {
            Http.Response response = app.http().get(path).bearer(token).send();
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.json()).as(path).isEqualTo(expected);
        }
        JsonNode me = app.http().get("/api/me").bearer(token).send().expect(200).json();
        assertThat(me.path("userId").asText()).isEqualTo(realm.admin().userId(realm.name(), username));
        assertThat(me.path("orgId").isNull()).isTrue();
        assertThat(me.path("orgPermissions")).isEmpty();
    }

    // ---- keys and the orgkit API -----------------------------------------------------------------------------

    @Test
    void acceptsTokensOfANewKeyAddedWhileRunning() {
        String before = token("alice", "acme");
        assertThat(app.http().get("/api/invoices").bearer(before).send().status()).as("the key set is cached").isEqualTo(200);

        String realmId = realm.admin().realm(realm.name()).path("id").asText();
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("name", "rotated-rsa");
        key.put("providerId", "rsa-generated");
        key.put("providerType", "org.keycloak.keys.KeyProvider");
        key.put("parentId", realmId);
        key.put("config", Map.of("priority", List.of("1000"), "keySize", List.of("2048"), "algorithm", List.of("RS256"),
                "active", List.of("true"), "enabled", List.of("true")));
        realm.admin().post(realm.adminPath("/components"), key).expect(201);

        String after = token("alice", "acme");
        assertThat(kid(after)).as("signed by the new key").isNotEqualTo(kid(before));
        Http.Response response = app.http().get("/api/invoices").bearer(after).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(app.http().get("/api/invoices").bearer(before).send().status()).as("the old key still verifies").isEqualTo(200);
    }

    @Test
    void forwardsTheCallersTokenToOrgkitsApi() {
        JsonNode bobs = app.http().get("/api/organizations").bearer(token("bob", "globex")).send().expect(200).json();
        assertThat(bobs).extracting(org -> org.path("slug").asText()).containsExactlyInAnyOrder("acme", "globex");
        assertThat(bobs).filteredOn(org -> org.path("active").asBoolean()).extracting(org -> org.path("slug").asText()).containsExactly("globex");
        assertThat(bobs).filteredOn(org -> org.path("slug").asText().equals("globex")).extracting(org -> org.path("role").asText())
                .containsExactly("org:admin");

        JsonNode alices = app.http().get("/api/organizations").bearer(token("alice", "acme")).send().expect(200).json();
        assertThat(alices).extracting(org -> org.path("slug").asText()).containsExactly("acme");
    }

    // ---- every OrgkitRestClient call, checked against orgkit's API called directly with the same token ------------

    @Test
    void listsTheActiveOrganizationsMembersAsOrgkitDoes() {
        String alice = token("alice", "acme");
        JsonNode direct = orgkit(alice, "/organizations/" + acme() + "/members?first=0&max=50");

        JsonNode members = app.http().get("/api/org/members").bearer(alice).send().expect(200).json();

        assertThat(withoutNulls(members)).isEqualTo(withoutNulls(direct));
        assertThat(members).extracting(member -> member.path("public_user_data").path("username").asText())
                .contains("alice", "bob", "carol");
        assertThat(members).filteredOn(member -> member.path("public_user_data").path("username").asText().equals("alice"))
                .extracting(member -> member.path("role").asText()).containsExactly("org:admin");
        // carol's org:billing holds org:sys_memberships:read, which her token leaves out: orgkit decides, and lets her in
        String carol = token("carol", "acme");
        assertThat(Tokens.claims(carol).path("org_permissions").toString()).doesNotContain("org:sys_memberships:read");
        assertThat(withoutNulls(app.http().get("/api/org/members").bearer(carol).send().expect(200).json())).isEqualTo(withoutNulls(direct));
    }

    @Test
    void listsTheActiveOrganizationsInvitationsAsOrgkitDoes() {
        String alice = token("alice", "acme");
        String email = realm.createUserAndReturnName() + "@example.com";
        String invitation = invite(alice, email);
        JsonNode direct = orgkit(alice, "/organizations/" + acme() + "/invitations?first=0&max=50");

        JsonNode invitations = app.http().get("/api/org/invitations").bearer(alice).send().expect(200).json();

        assertThat(withoutNulls(invitations)).isEqualTo(withoutNulls(direct));
        assertThat(invitations.get(0).path("id").asText()).as("newest first").isEqualTo(invitation);
        assertThat(invitations.get(0).path("email_address").asText()).isEqualTo(email);
        assertThat(invitations.get(0).path("status").asText()).isEqualTo("pending");
    }

    @Test
    void listsTheInviteesOwnInvitationsAsOrgkitDoes() {
        String invitee = realm.createUserAndReturnName();
        String invitation = invite(token("alice", "acme"), invitee + "@example.com");
        String inviteeToken = realm.login(invitee).accessToken();
        assertThat(Tokens.claims(inviteeToken).has("org_id")).as("no organization yet").isFalse();
        JsonNode direct = orgkit(inviteeToken, "/me/invitations");

        JsonNode mine = app.http().get("/api/me/invitations").bearer(inviteeToken).send().expect(200).json();

        assertThat(withoutNulls(mine)).isEqualTo(withoutNulls(direct));
        assertThat(mine).extracting(entry -> entry.path("id").asText()).containsExactly(invitation);
        assertThat(mine.get(0).path("public_organization_data").path("slug").asText()).isEqualTo("acme");
        JsonNode bobs = app.http().get("/api/me/invitations").bearer(token("bob", "acme")).send().expect(200).json();
        assertThat(bobs).extracting(entry -> entry.path("id").asText()).doesNotContain(invitation);
    }

    @Test
    void readsTheActiveOrganizationsAuditLogAsOrgkitDoes() {
        String alice = token("alice", "acme");
        String invitation = invite(alice, realm.createUserAndReturnName() + "@example.com");
        JsonNode direct = orgkit(alice, "/organizations/" + acme() + "/audit-log?first=0&max=50");

        JsonNode log = app.http().get("/api/org/audit-log").bearer(alice).send().expect(200).json();

        assertThat(withoutNulls(log)).isEqualTo(withoutNulls(direct));
        assertThat(log.get(0).path("action").asText()).as("newest first").isEqualTo("invitation.created");
        assertThat(log.get(0).path("target").path("type").asText()).isEqualTo("invitation");
        assertThat(log.get(0).path("target").path("id").asText()).isEqualTo(invitation);
        assertThat(log.get(0).path("actor").path("username").asText()).isEqualTo("alice");
        assertThat(log).allSatisfy(entry -> assertThat(entry.path("organization_id").asText()).isEqualTo(acme()));
    }

    @Test
    void getsAndSwitchesTheActiveOrganizationOfTheCallersSession() {
        Tokens.TokenSet bob = realm.login("bob");
        String token = bob.accessToken();
        assertThat(withoutNulls(app.http().get("/api/me/active-organization").bearer(token).send().expect(200).json()))
                .isEqualTo(withoutNulls(orgkit(token, "/me/active-organization")));

        for (String[] switchTo : new String[][] { { "acme", "org:member" }, { "globex", "org:admin" } }) {
            JsonNode switched = app.http().put("/api/me/active-organization").bearer(token).json(Map.of("organization", switchTo[0]))
                    .send().expect(200).json();
            assertThat(switched.path("organization").path("slug").asText()).isEqualTo(switchTo[0]);
            assertThat(switched.path("organization").path("role").asText()).isEqualTo(switchTo[1]);

            JsonNode direct = orgkit(token, "/me/active-organization");
            assertThat(direct.path("organization").path("slug").asText()).as("orgkit's own answer").isEqualTo(switchTo[0]);
            JsonNode viaApp = app.http().get("/api/me/active-organization").bearer(token).send().expect(200).json();
            assertThat(withoutNulls(viaApp)).isEqualTo(withoutNulls(direct));
        }
        assertThat(realm.refresh(bob).access().path("org_slug").asText()).as("the session's next token").isEqualTo("globex");
    }

    @Test
    void answersOrgkitsRefusalsInOrgkitsWords() {
        // bob is a plain member of acme: orgkit refuses him its invitations and audit log
        String bob = token("bob", "acme");
        for (String[] paths : new String[][] {
                { "/api/org/invitations", "/organizations/" + acme() + "/invitations?first=0&max=50" },
                { "/api/org/audit-log", "/organizations/" + acme() + "/audit-log?first=0&max=50" } }) {
            Http.Response direct = realm.http().get(realm.api(paths[1])).bearer(bob).send();
            assertThat(direct.status()).as(paths[1]).isEqualTo(403);

            Http.Response viaApp = app.http().get(paths[0]).bearer(bob).send();

            assertThat(viaApp.status()).as(paths[0] + ": " + viaApp.body()).isEqualTo(403);
            assertThat(viaApp.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(viaApp.json()).as(paths[0]).isEqualTo(direct.json());
            assertThat(viaApp.json().path("error").asText()).isEqualTo("forbidden");
        }

        // alice is no member of globex: orgkit's 404, and her session stays in acme
        String alice = token("alice", "acme");
        Http.Response direct = realm.http().put(realm.api("/me/active-organization")).bearer(alice).json(Map.of("organization", "globex")).send();
        assertThat(direct.status()).isEqualTo(404);
        Http.Response viaApp = app.http().put("/api/me/active-organization").bearer(alice).json(Map.of("organization", "globex")).send();
        assertThat(viaApp.status()).as(viaApp.body()).isEqualTo(404);
        assertThat(viaApp.json()).isEqualTo(direct.json());
        assertThat(viaApp.json().path("error").asText()).isEqualTo("not_found");
        assertThat(orgkit(alice, "/me/active-organization").path("organization").path("slug").asText()).isEqualTo("acme");

        // no active organization: the app's own guard answers, orgkit is not asked
        String loner = realm.login(realm.createUserAndReturnName()).accessToken();
        Http.Response none = app.http().get("/api/org/members").bearer(loner).send();
        assertThat(none.status()).isEqualTo(403);
        assertThat(none.json()).isEqualTo(json("{\"error\":\"no_active_organization\",\"error_description\":\"requires an active organization\"}"));
    }

    @Test
    void theCallScriptRunsAsWritten() throws Exception {
        Path dir = Paths.get(System.getProperty("orgkit.it.springExampleDir"));
        ProcessBuilder script = new ProcessBuilder("bash", "call.sh", "alice").directory(dir.toFile()).redirectErrorStream(true);
        script.environment().put("KEYCLOAK", realm.env().server().publicUrl());
        script.environment().put("REALM", realm.name());
        script.environment().put("API", app.http().baseUrl());
        Process process = script.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.startsWith("<-- ")).toList()).as(output)
                .containsExactly("<-- 200", "<-- 201", "<-- 200", "<-- 200", "<-- 200", "<-- 200", "<-- 200", "<-- 200", "<-- 200", "<-- 200",
                        "<-- 200", "<-- 401");
        assertThat(output).contains("\"orgSlug\":\"acme\"", "Wile E. Coyote", "\"action\":\"member.added\"", "\"error\":\"unauthorized\"");
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static String acme() {
        return realm.admin().organizationByAlias(realm.name(), "acme").path("id").asText();
    }

    /** orgkit's own answer to a self-service read, with {@code token}. */
    private static JsonNode orgkit(String token, String path) {
        return realm.http().get(realm.api(path)).bearer(token).send().expect(200).json();
    }

    /** An invitation to acme, created through orgkit's API by its admin; its id. */
    private static String invite(String adminToken, String email) {
        return realm.http().post(realm.api("/organizations/acme/invitations")).bearer(adminToken)
                .json(Map.of("email_address", email, "role", "org:member")).send().expect(201).json().path("id").asText();
    }

    /** The JSON without its null fields: the app's models write absent optional fields as null, orgkit leaves them out. */
    private static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> nulls = new ArrayList<>();
            object.fields().forEachRemaining(field -> {
                if (field.getValue().isNull()) {
                    nulls.add(field.getKey());
                } else {
                    strip(field.getValue());
                }
            });
            object.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(SpringResourceServerIT::strip);
        }
    }

    /** An access token of {@code user} with {@code org} active: a login, a switch through orgkit's API, a refresh. */
    private static String token(String user, String org) {
        Tokens.TokenSet tokens = realm.login(user);
        if (org.equals(tokens.access().path("org_slug").asText(null))) {
            return tokens.accessToken();
        }
        realm.http().put(realm.api("/me/active-organization")).bearer(tokens.accessToken()).json(Map.of("organization", org)).send().expect(200);
        Tokens.TokenSet refreshed = realm.refresh(tokens);
        assertThat(refreshed.access().path("org_slug").asText()).isEqualTo(org);
        return refreshed.accessToken();
    }

    private static void check(List<String> failures, String what, Http.Response response, int status, JsonNode body) {
        if (response.status() != status || !body.equals(response.json())) {
            failures.add(what + ": expected " + status + " " + body + " but got " + response.status() + " " + response.body());
        }
    }

    private static void assertUnauthorized(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.json().path("error").asText()).isEqualTo("unauthorized");
        assertThat(response.json().path("error_description").asText()).isNotBlank();
    }

    private static JsonNode forbidden(String description) {
        return json("{\"error\":\"forbidden\",\"error_description\":\"" + description + "\"}");
    }

    private static List<String> audiences(String token) {
        JsonNode aud = Tokens.claims(token).path("aud");
        List<String> audiences = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(value -> audiences.add(value.asText()));
        } else if (aud.isTextual()) {
            audiences.add(aud.asText());
        }
        return audiences;
    }

    private static String kid(String token) {
        try {
            return Http.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0])).path("kid").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return Http.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
