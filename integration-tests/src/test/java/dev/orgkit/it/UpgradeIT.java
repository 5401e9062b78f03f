package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Admin;
import dev.orgkit.it.support.Eventually;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.KeycloakExtension;
import dev.orgkit.it.support.KeycloakServer;
import dev.orgkit.it.support.PreviousRelease;
import dev.orgkit.it.support.TestDatabase;
import dev.orgkit.it.support.TestEnvironment;
import dev.orgkit.it.support.Tokens;
import dev.orgkit.it.support.WebhookReceiver;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database set up by release 0.1 upgrades cleanly: on a database of its own, Keycloak creates its
 * schema, the demo realm and orgkit data are made through the API (an invitation, audit entries, a
 * webhook endpoint with a delivered message), then orgkit's tables are replaced by exactly what
 * 0.1's changelogs create (committed under src/test/resources/upgrade/0.1/) holding the same rows in
 * 0.1's columns. The server with the current providers then applies only the newer changesets,
 * leaves 0.1's changelog rows as they were, keeps every row and serves it (docs/operations.md,
 * "Upgrading").
 */
@ExtendWith(KeycloakExtension.class)
class UpgradeIT {

    private static final String PREVIOUS = "0.1";
    private static final String CLI = "orgkit-demo-cli";
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The changesets added since 0.1 (CHANGELOG.md), and only they, run on upgrade. */
    private static final Set<String> NEWER_CHANGESETS = Set.of("orgkit-invitations-1.1.0-metadata",
            "orgkit-organizations-0.2-organization", "orgkit-organizations-0.2-membership", "orgkit-organizations-0.2-organization-image");

    @Test
    void aDatabaseOfTheLastReleaseUpgradesWithEveryRowKeptAndServed(TestEnvironment env) throws Exception {
        TestDatabase database = TestDatabase.create(env.database().kind(), env.workDir());
        KeycloakServer server = env.serverOn(database, "upgrade");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            server.start();
            Http http = new Http(server.baseUrl());
            Admin admin = new Admin(http);
            String realm = "orgkit-upgrade";
            ObjectNode json = (ObjectNode) Http.JSON.readTree(Files.readString(Paths.get(System.getProperty("orgkit.it.demoRealm"))));
            json.put("realm", realm);
            json.remove("id");
            admin.importRealm(json);
            String base = "/realms/" + realm + "/orgkit";
            String adminBase = "/admin/realms/" + realm + "/orgkit";
            Tokens tokens = new Tokens(http);

            // what 0.1 would hold: an invitation, audit entries, an endpoint and its delivered message
            String alice = tokens.password(realm, CLI, "alice", "alice").accessToken();
            String invitation = http.post(base + "/organizations/acme/invitations").bearer(alice)
                    .json(Map.of("email", "kept@example.com", "role", "org:member")).send().expect(201).json().path("id").asText();
            String endpoint = admin.post(adminBase + "/webhooks", Map.of("url", receiver.url("/upgrade"),
                    "event_types", List.of("organization.updated"))).expect(201).json().path("id").asText();
            http.patch(base + "/organizations/acme").bearer(alice).json(Map.of("description", "before the upgrade")).send().expect(200);
            String deliveredBefore = Eventually.get("the message before the upgrade to be delivered", WAIT,
                    () -> succeeded(admin, adminBase, endpoint).stream().findFirst().orElse(null));
            List<String> auditBefore = ids(admin.get(adminBase + "/audit-log?max=100").expect(200).json());
            assertThat(auditBefore).hasSizeGreaterThanOrEqualTo(2);
            server.stop();

            PreviousRelease release = new PreviousRelease(PREVIOUS, database);
            Map<String, String> changelogTables = changelogTablesByMaster(release.changeSets());
            PreviousRelease.Rows written = release.dump();
            release.install(changelogTables);
            release.restore(written);
            List<PreviousRelease.ChangeSetRow> asReleased = release.changeSets();
            PreviousRelease.Rows heldByRelease = release.dump();
            assertThat(asReleased).extracting(PreviousRelease.ChangeSetRow::id).doesNotContainAnyElementsOf(NEWER_CHANGESETS)
                    .contains("orgkit-invitations-1.0.0-tables");
            assertThat(heldByRelease.byTable()).doesNotContainKey("ORGKIT_ORGANIZATION").containsKey("ORGKIT_INVITATION");
            heldByRelease.byTable().keySet().forEach(table ->
                    assertThat(heldByRelease.count(table)).as(table).isEqualTo(written.count(table)));
            assertThat(heldByRelease.byTable().get("ORGKIT_INVITATION").get(0)).doesNotContainKey("PUBLIC_METADATA");

            server.start();
            admin.reset();

            List<PreviousRelease.ChangeSetRow> upgraded = release.changeSets();
            assertThat(upgraded).as("0.1's changesets are neither run again nor rewritten").containsAll(asReleased);
            List<PreviousRelease.ChangeSetRow> added = new ArrayList<>(upgraded);
            added.removeAll(asReleased);
            assertThat(added).extracting(PreviousRelease.ChangeSetRow::id).containsExactlyInAnyOrderElementsOf(NEWER_CHANGESETS);
            PreviousRelease.Rows after = release.dump();
            heldByRelease.byTable().keySet().forEach(table ->
                    assertThat(after.byTable().get(table)).as(table).hasSameSizeAs(heldByRelease.byTable().get(table)));

            // and the API serves the rows of 0.1
            String aliceAgain = tokens.password(realm, CLI, "alice", "alice").accessToken();
            JsonNode invitations = http.get(base + "/organizations/acme/invitations").bearer(aliceAgain).send().expect(200).json();
            JsonNode kept = find(invitations, invitation);
            assertThat(kept.path("email_address").asText()).isEqualTo("kept@example.com");
            assertThat(kept.path("status").asText()).isEqualTo("pending");
            assertThat(kept.path("public_metadata").isObject()).isTrue();
            assertThat(kept.path("public_metadata").size()).isZero();
            assertThat(ids(admin.get(adminBase + "/audit-log?max=100").expect(200).json())).containsAll(auditBefore);
            assertThat(admin.get(adminBase + "/webhooks/" + endpoint).expect(200).json().path("url").asText())
                    .isEqualTo(receiver.url("/upgrade"));
            assertThat(succeeded(admin, adminBase, endpoint)).contains(deliveredBefore);
            JsonNode acme = http.get(base + "/organizations/acme").bearer(aliceAgain).send().expect(200).json();
            assertThat(acme.path("slug").asText()).isEqualTo("acme");
            JsonNode members = http.get(base + "/organizations/acme/members").bearer(aliceAgain).send().expect(200).json();
            assertThat(members.toString()).contains("org:admin");

            // the endpoint's secret survived: a new change is signed and delivered
            http.patch(base + "/organizations/acme").bearer(aliceAgain).json(Map.of("description", "after the upgrade")).send().expect(200);
            Eventually.until("a message after the upgrade to be delivered", WAIT,
                    () -> succeeded(admin, adminBase, endpoint).size() == 2);
        } finally {
            server.stop();
            database.drop();
        }
    }

    /** Keycloak's changelog table of each module, from the file names its rows record (META-INF/orgkit-x/...). */
    private static Map<String, String> changelogTablesByMaster(List<PreviousRelease.ChangeSetRow> rows) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (PreviousRelease.ChangeSetRow row : rows) {
            String module = row.file().substring(0, row.file().indexOf('/', "META-INF/".length()));
            tables.put(module + "-changelog.xml", row.table());
        }
        return tables;
    }

    private static List<String> succeeded(Admin admin, String adminBase, String endpoint) {
        List<String> ids = new ArrayList<>();
        admin.get(adminBase + "/webhooks/" + endpoint + "/deliveries?max=100").expect(200).json().forEach(d -> {
            if ("succeeded".equals(d.path("status").asText())) {
                ids.add(d.path("id").asText());
            }
        });
        return ids;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (id.equals(n.path("id").asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }
}
