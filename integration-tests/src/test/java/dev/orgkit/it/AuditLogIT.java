package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Eventually;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.RealmUsers;
import dev.orgkit.it.support.Rows;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.WebhookReceiver;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit log through the real server: what a change records, who may read it (self-service
 * and admin), filters and paging, the change and its record in one transaction, retention, and
 * cleanup with the realm.
 */
class AuditLogIT {

    private static final String CLIENT = "orgkit-demo-cli";

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(AuditLogIT::addUsers);

    private static Rows rows;
    private static WebhookReceiver receiver;
    private static String realmId;
    private static String acme;
    private static String globex;

    static void addUsers(ObjectNode json) {
        RealmUsers.add(json, "sam", List.of("orgkit-superadmin"), Map.of());
        RealmUsers.add(json, "viewer", List.of(), Map.of("realm-management", List.of("view-users")));
        RealmUsers.add(json, "orgviewer", List.of(), Map.of("realm-management", List.of("view-organizations")));
    }

    @BeforeAll
    static void setUp() {
        rows = new Rows(realm.env().database());
        receiver = new WebhookReceiver();
        realmId = realm.admin().realm(realm.name()).path("id").asText();
        acme = realm.admin().organizationByAlias(realm.name(), "acme").path("id").asText();
        globex = realm.admin().organizationByAlias(realm.name(), "globex").path("id").asText();
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void aChangeIsRecordedWithActorTargetClientIpUserAgentAndDetails() {
        String name = "Acme " + unique();
        realm.http().patch(realm.path("/orgkit/organizations/acme")).bearer(token("alice"))
                .header("User-Agent", "orgkit-audit-it/1.0").json(Map.of("name", name)).send().expect(200);

        JsonNode entry = auditLog("alice", "acme", "?action=organization.updated&max=1").get(0);

        assertThat(entry.path("id").asText()).isNotBlank();
        assertThat(entry.path("organization_id").asText()).isEqualTo(acme);
        assertThat(entry.path("action").asText()).isEqualTo("organization.updated");
        assertThat(entry.path("actor").path("type").asText()).isEqualTo("user");
        assertThat(entry.path("actor").path("id").asText()).isEqualTo(userId("alice"));
        assertThat(entry.path("actor").path("username").asText()).isEqualTo("alice");
        assertThat(entry.path("target").path("type").asText()).isEqualTo("organization");
        assertThat(entry.path("target").path("id").asText()).isEqualTo(acme);
        assertThat(entry.path("ip_address").asText()).isEqualTo("127.0.0.1");
        assertThat(entry.path("user_agent").asText()).isEqualTo("orgkit-audit-it/1.0");
        assertThat(entry.path("details").path("name").asText()).isEqualTo(name);
        assertThat(entry.path("created_at").asLong()).isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis() + 5_000);
    }

    @Test
    void membershipChangesByARealmAdminAreRecordedAsAdminActions() {
        String carol = userId("carol");
        realm.admin().post(realm.adminPath("/orgkit/organizations/acme/members"), Map.of("user", "carol", "role", "org:member"))
                .expect(201);
        realm.http().patch(realm.path("/orgkit/organizations/acme/members/" + carol)).bearer(token("alice"))
                .json(Map.of("role", "org:billing")).send().expect(200);
        realm.http().delete(realm.path("/orgkit/organizations/acme/members/" + carol)).bearer(token("alice")).send().expect(204);

        List<JsonNode> entries = list(auditLog("alice", "acme", "?max=3"));

        assertThat(entries).extracting(e -> e.path("action").asText())
                .containsExactly("member.removed", "member.role_changed", "member.added");
        assertThat(entries).allSatisfy(e -> assertThat(e.path("target").path("id").asText()).isEqualTo(carol));
        assertThat(entries.get(1).path("details").path("from").asText()).isEqualTo("org:member");
        assertThat(entries.get(1).path("details").path("to").asText()).isEqualTo("org:billing");
        assertThat(entries.get(2).path("actor").path("type").asText()).isEqualTo("admin");
        assertThat(entries.get(2).path("actor").path("username").asText()).isEqualTo("admin");
    }

    @Test
    void onlyHoldersOfTheAuditPermissionMayReadAnOrganizationsLog() {
        String path = realm.path("/orgkit/organizations/acme/audit-log");

        assertThat(realm.http().get(path).send().status()).isEqualTo(401);
        assertError(realm.http().get(path).bearer(token("carol")).send(), 404, "not_found");   // outsider
        assertError(realm.http().get(path).bearer(token("bob")).send(), 403, "forbidden");     // org:member
        realm.http().get(path).bearer(token("alice")).send().expect(200);                      // org:admin
        realm.http().get(path).bearer(token("sam")).send().expect(200);                        // superadmin
        realm.admin().get(realm.adminPath("/orgkit/organizations/acme/audit-log")).expect(200); // realm admin
    }

    @Test
    void anAdminOfOneOrganizationCannotReadAnotherOrganizationsLog() {
        realm.http().patch(realm.path("/orgkit/organizations/globex")).bearer(token("bob"))
                .json(Map.of("description", "globex " + unique())).send().expect(200);

        // alice administers acme and is no member of globex: she must not learn globex exists
        assertError(realm.http().get(realm.path("/orgkit/organizations/globex/audit-log")).bearer(token("alice")).send(),
                404, "not_found");
        assertError(realm.http().get(realm.path("/orgkit/organizations/" + globex + "/audit-log")).bearer(token("alice")).send(),
                404, "not_found");
        // bob administers globex but is a plain member of acme
        assertThat(auditLog("bob", "globex", "")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("organization_id").asText()).isEqualTo(globex));
        assertError(realm.http().get(realm.path("/orgkit/organizations/acme/audit-log")).bearer(token("bob")).send(), 403, "forbidden");
    }

    @Test
    void realmAdminsQueryAcrossOrganizationsWithViewOrganizations() {
        realm.http().patch(realm.path("/orgkit/organizations/globex")).bearer(token("bob"))
                .json(Map.of("description", "cross " + unique())).send().expect(200);
        realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("creation-limit", "3")).expect(200);

        List<JsonNode> all = list(realm.admin().get(realm.adminPath("/orgkit/audit-log?max=100")).expect(200).json());
        assertThat(all).extracting(e -> e.path("organization_id").asText(null)).contains(acme, globex, null);
        assertThat(all).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("policy.updated");
            assertThat(e.path("details").path("creation-limit").asText()).isEqualTo("3");
        });

        List<JsonNode> onlyGlobex = list(realm.admin().get(realm.adminPath("/orgkit/audit-log?organization=" + globex)).expect(200).json());
        assertThat(onlyGlobex).isNotEmpty().allSatisfy(e -> assertThat(e.path("organization_id").asText()).isEqualTo(globex));

        String orgViewer = realm.tokens().password(realm.name(), "admin-cli", "orgviewer", "orgviewer").accessToken();
        realm.http().get(realm.adminPath("/orgkit/audit-log")).bearer(orgViewer).send().expect(200);
        String viewer = realm.tokens().password(realm.name(), "admin-cli", "viewer", "viewer").accessToken();
        assertError(realm.http().get(realm.adminPath("/orgkit/audit-log")).bearer(viewer).send(), 403, "forbidden");
        assertThat(realm.http().get(realm.adminPath("/orgkit/audit-log")).send().status()).isEqualTo(401);
    }

    @Test
    void entriesAreFilteredByActionActorAndTimeNewestFirstAndPaged() {
        String marker = unique();
        for (int i = 1; i <= 3; i++) {
            realm.http().patch(realm.path("/orgkit/organizations/acme")).bearer(token("alice"))
                    .json(Map.of("description", marker + " " + i)).send().expect(200);
        }
        List<JsonNode> newest = list(auditLog("alice", "acme", "?action=organization.updated&actor=" + userId("alice") + "&max=3"));
        assertThat(newest).hasSize(3);
        assertThat(newest).extracting(e -> e.path("created_at").asLong()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(newest).allSatisfy(e -> assertThat(e.path("actor").path("id").asText()).isEqualTo(userId("alice")));

        JsonNode second = auditLog("alice", "acme", "?action=organization.updated&first=1&max=1").get(0);
        assertThat(second.path("id").asText()).isEqualTo(newest.get(1).path("id").asText());

        long oldest = newest.get(2).path("created_at").asLong();
        long latest = newest.get(0).path("created_at").asLong();
        List<JsonNode> from = list(auditLog("alice", "acme", "?action=organization.updated&from=" + oldest));
        assertThat(from).extracting(e -> e.path("created_at").asLong()).allSatisfy(t -> assertThat(t).isGreaterThanOrEqualTo(oldest));
        List<JsonNode> before = list(auditLog("alice", "acme", "?action=organization.updated&to="
                + Instant.ofEpochMilli(latest)));
        assertThat(before).extracting(e -> e.path("created_at").asLong()).allSatisfy(t -> assertThat(t).isLessThan(latest));
        assertThat(list(auditLog("alice", "acme", "?actor=" + UUID.randomUUID()))).isEmpty();

        String path = realm.path("/orgkit/organizations/acme/audit-log");
        assertError(realm.http().get(path + "?action=bogus.thing").bearer(token("alice")).send(), 400, "invalid_action");
        assertError(realm.http().get(path + "?from=yesterday").bearer(token("alice")).send(), 400, "invalid_request");
        assertError(realm.http().get(path + "?from=2000&to=1000").bearer(token("alice")).send(), 400, "invalid_request");
        assertError(realm.http().get(path + "?max=0").bearer(token("alice")).send(), 400, "invalid_request");
        assertError(realm.http().get(path + "?first=x").bearer(token("alice")).send(), 400, "invalid_request");
    }

    /**
     * A change, its audit entry and its webhook message are one transaction: when either record
     * cannot be written (the database refuses it here), the change is rolled back too, and a change
     * refused with 409 leaves neither record.
     */
    @Test
    void aChangeItsAuditEntryAndItsWebhookMessageCommitOrRollBackTogether() {
        realm.admin().post(realm.adminPath("/orgkit/webhooks"),
                Map.of("url", receiver.url("/audit"), "event_types", List.of("organization.updated"))).expect(201);
        String before = realm.admin().get(realm.adminPath("/orgkit/organizations/acme")).expect(200).json().path("name").asText();

        // refused by the service (409): no record at all
        long audit = auditRows();
        long outbox = outboxRows();
        assertError(patchName("Globex"), 409, "name_taken");
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(outboxRows()).isEqualTo(outbox);

        // the constraints only refuse rows from now on (earlier tests of this class wrote such rows)
        long since = Math.max(System.currentTimeMillis(), 1 + rows.count(
                "SELECT COALESCE(MAX(CREATED_AT), 0) FROM ORGKIT_AUDIT_LOG WHERE REALM_ID = ?", realmId));
        // the webhook message cannot be written: the rename and its audit entry roll back with it
        withConstraint("ORGKIT_WEBHOOK_DELIVERY", "NOT (EVENT_TYPE = 'organization.updated' AND REALM_ID = '" + realmId
                + "' AND CREATED_AT > " + since + ")", () -> {
            assertThat(patchName("Acme Rolled Back " + unique()).status()).isGreaterThanOrEqualTo(400);
        });
        assertThat(currentName()).isEqualTo(before);
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(outboxRows()).isEqualTo(outbox);

        // the audit entry cannot be written: the rename and its webhook message roll back with it
        withConstraint("ORGKIT_AUDIT_LOG", "NOT (ACTION = 'organization.updated' AND REALM_ID = '" + realmId
                + "' AND CREATED_AT > " + since + ")", () -> {
            assertThat(patchName("Acme Rolled Back " + unique()).status()).isGreaterThanOrEqualTo(400);
        });
        assertThat(currentName()).isEqualTo(before);
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(outboxRows()).isEqualTo(outbox);

        // and without interference all three are there
        String name = "Acme Committed " + unique();
        patchName(name).expect(200);
        assertThat(currentName()).isEqualTo(name);
        assertThat(auditRows()).isEqualTo(audit + 1);
        assertThat(outboxRows()).isEqualTo(outbox + 1);
    }

    @Test
    void entriesOlderThanTheRealmsRetentionAreRemoved() {
        long day = Duration.ofDays(1).toMillis();
        long now = System.currentTimeMillis();
        String ancient = insertEntry(now - 400 * day);
        String tenDays = insertEntry(now - 10 * day);
        String yesterday = insertEntry(now - day);

        // default retention: 365 days
        Eventually.until("the 400-day-old entry to be purged", Duration.ofSeconds(30), () -> !exists(ancient));
        assertThat(exists(tenDays)).isTrue();

        realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("audit-retention-days", "5")).expect(200);
        try {
            Eventually.until("the 10-day-old entry to be purged", Duration.ofSeconds(30), () -> !exists(tenDays));
            assertThat(exists(yesterday)).isTrue();
        } finally {
            realm.admin().put(realm.adminPath("/orgkit/policy"), Map.of("audit-retention-days", "365")).expect(200);
        }
    }

    @Test
    void deletingARealmRemovesItsAuditLog() {
        String name = "orgkit-audit-gone-" + unique();
        ObjectNode json = Http.JSON.createObjectNode().put("realm", name).put("enabled", true).put("organizationsEnabled", true);
        realm.admin().importRealm(json);
        String id = realm.admin().realm(name).path("id").asText();
        realm.admin().post("/admin/realms/" + name + "/orgkit/organizations", Map.of("name", "Short Lived")).expect(201);
        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_AUDIT_LOG WHERE REALM_ID = ?", id)).isEqualTo(1);

        realm.admin().deleteRealm(name);

        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_AUDIT_LOG WHERE REALM_ID = ?", id)).isZero();
    }

    // ---------------------------------------------------------------------------------------------

    private static Http.Response patchName(String name) {
        return realm.http().patch(realm.path("/orgkit/organizations/acme")).bearer(token("alice")).json(Map.of("name", name)).send();
    }

    private static String currentName() {
        return realm.admin().get(realm.adminPath("/orgkit/organizations/acme")).expect(200).json().path("name").asText();
    }

    private static long auditRows() {
        return rows.count("SELECT COUNT(*) FROM ORGKIT_AUDIT_LOG WHERE REALM_ID = ? AND ORG_ID = ?", realmId, acme);
    }

    private static long outboxRows() {
        return rows.count("SELECT COUNT(*) FROM ORGKIT_WEBHOOK_DELIVERY WHERE REALM_ID = ?", realmId);
    }

    private static void withConstraint(String table, String check, Runnable body) {
        rows.execute("ALTER TABLE " + table + " ADD CONSTRAINT ORGKIT_IT_REFUSE CHECK (" + check + ")");
        try {
            body.run();
        } finally {
            rows.execute("ALTER TABLE " + table + " DROP CONSTRAINT ORGKIT_IT_REFUSE");
        }
    }

    private static String insertEntry(long createdAt) {
        String id = UUID.randomUUID().toString();
        rows.execute("INSERT INTO ORGKIT_AUDIT_LOG (ID, REALM_ID, ORG_ID, ACTION, ACTOR_TYPE, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?)",
                id, realmId, acme, "organization.updated", "system", createdAt);
        return id;
    }

    private static boolean exists(String id) {
        return rows.count("SELECT COUNT(*) FROM ORGKIT_AUDIT_LOG WHERE ID = ?", id) == 1;
    }

    private static JsonNode auditLog(String user, String org, String query) {
        return realm.http().get(realm.path("/orgkit/organizations/" + org + "/audit-log" + query)).bearer(token(user))
                .send().expect(200).json();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static void assertError(Http.Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().path("error").asText()).as(response.toString()).isEqualTo(error);
        assertThat(response.json().path("error_description").asText()).isNotBlank();
    }

    private static String token(String user) {
        return realm.tokens().password(realm.name(), CLIENT, user, user).accessToken();
    }

    private static String userId(String username) {
        return realm.admin().userId(realm.name(), username);
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }
}
