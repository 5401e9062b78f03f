package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.orgkit.it.support.Race;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.WebhookReceiver;
import dev.orgkit.it.support.Webhooks;

/**
 * The role catalog in Clerk's shapes (RoleJSON, PermissionJSON), the same in the admin and the
 * self-service answers and in the {@code role.*} / {@code permission.*} webhooks: one event per real
 * change, none for a PUT that changes nothing. The webhook messages are counted from the endpoint's
 * outbox rows, which commit with the change, so a count read after the answer is final.
 */
class RoleCatalogIT {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final List<String> CATALOG_EVENTS = List.of("role.created", "role.updated", "role.deleted",
            "permission.created", "permission.updated", "permission.deleted");

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static WebhookReceiver receiver;
    private static Webhooks webhooks;
    private static String endpoint;

    @BeforeAll
    static void setUp() {
        receiver = new WebhookReceiver();
        webhooks = new Webhooks(realm);
        endpoint = webhooks.create(Map.of("url", receiver.url("/catalog"), "event_types", CATALOG_EVENTS)).path("id").asText();
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void aPermissionAndARoleAreShownInClerksShapesAlikeInEveryAnswerAndTheirCreatedEvents() {
        String feature = feature("shapes");
        String permissionKey = "org:" + feature + ":read_all";
        String roleKey = "org:" + feature + "_lead";
        long before = System.currentTimeMillis();

        JsonNode permission = realm.admin().put(catalog("/permissions/" + permissionKey), Map.of("description", "Read it all"))
                .expect(201).json();
        JsonNode role = realm.admin().put(catalog("/roles/" + roleKey), Map.of("permissions",
                List.of(permissionKey, "org:sys_memberships:read"))).expect(201).json();

        assertThat(permission.path("object").asText()).isEqualTo("permission");
        assertThat(permission.path("id").asText()).isNotBlank().isNotEqualTo(permissionKey);
        assertThat(permission.path("key").asText()).isEqualTo(permissionKey);
        assertThat(permission.path("name").asText()).isEqualTo("Read all " + feature.replace('_', ' '));
        assertThat(permission.path("description").asText()).isEqualTo("Read it all");
        assertThat(permission.path("created_at").asLong()).isBetween(before - 5_000, System.currentTimeMillis() + 5_000);
        assertThat(permission.path("updated_at").asLong()).isEqualTo(permission.path("created_at").asLong());
        assertThat(permission.path("system").asBoolean()).isFalse();

        assertThat(role.path("object").asText()).isEqualTo("role");
        assertThat(role.path("key").asText()).isEqualTo(roleKey);
        assertThat(role.path("name").asText()).isEqualTo(Character.toUpperCase(feature.charAt(0))
                + feature.substring(1).replace('_', ' ') + " lead");
        assertThat(role.has("description")).as("Clerk's description: string | null").isTrue();
        assertThat(role.path("description").isNull()).isTrue();
        assertThat(TokenClaimsIT.keys(role.path("permissions"))).containsExactly(permissionKey, "org:sys_memberships:read");
        assertThat(role.path("permissions").get(0)).isEqualTo(permission);
        assertThat(role.path("permissions").get(1).path("description").isTextual()).isTrue();
        assertThat(role.path("is_creator_eligible").asBoolean()).isFalse();
        assertThat(role.path("created_at").asLong()).isGreaterThanOrEqualTo(permission.path("created_at").asLong());
        assertThat(role.path("system").asBoolean()).isFalse();

        assertThat(realm.admin().get(catalog("/roles/" + roleKey)).expect(200).json()).isEqualTo(role);
        assertThat(realm.admin().get(catalog("/permissions/" + permissionKey)).expect(200).json()).isEqualTo(permission);
        JsonNode selfService = realm.http().get(realm.api("/roles")).bearer(realm.login("carol").accessToken()).send()
                .expect(200).json();
        assertThat(byKey(selfService, roleKey)).isEqualTo(role);
        assertThat(byKey(selfService, "org:admin").path("is_creator_eligible").asBoolean()).isTrue();
        assertThat(byKey(selfService, "org:admin").path("system").asBoolean()).isTrue();
        assertThat(byKey(selfService, "org:billing").path("name").asText()).as("the orgkit.name attribute").isEqualTo("Billing manager");

        assertThat(events(roleKey, permissionKey)).containsExactly("permission.created", "role.created");
        assertThat(data("permission.created", permissionKey)).isEqualTo(permission);
        assertThat(data("role.created", roleKey)).isEqualTo(role);
        JsonNode delivered = receiver.await("role.created of " + roleKey, d -> d.type().equals("role.created")
                && roleKey.equals(d.data().path("key").asText()), WAIT).data();
        assertThat(delivered).isEqualTo(role);
    }

    @Test
    void everyRealChangeSendsOneEventAndAPutThatChangesNothingSendsNone() {
        String feature = feature("changes");
        String read = "org:" + feature + ":read";
        String write = "org:" + feature + ":write";
        String roleKey = "org:" + feature + "_editor";
        realm.admin().put(catalog("/permissions/" + read), Map.of("description", "Read")).expect(201);
        realm.admin().put(catalog("/permissions/" + write), Map.of("description", "Write")).expect(201);
        JsonNode created = realm.admin().put(catalog("/roles/" + roleKey), Map.of("description", "Edits",
                "permissions", List.of(read, write))).expect(201).json();

        // the same bodies again: nothing changes, 200, no event, the same updated_at
        JsonNode same = realm.admin().put(catalog("/roles/" + roleKey), Map.of("description", "Edits",
                "permissions", List.of(write, read))).expect(200).json();
        realm.admin().put(catalog("/permissions/" + read), Map.of("description", "Read")).expect(200);
        realm.admin().put(catalog("/roles/" + roleKey), Map.of()).expect(200);
        assertThat(same).isEqualTo(created);
        assertThat(events(roleKey, read, write)).containsExactly("permission.created", "permission.created", "role.created");

        JsonNode described = realm.admin().put(catalog("/roles/" + roleKey), Map.of("description", "Edits things")).expect(200).json();
        JsonNode narrowed = realm.admin().put(catalog("/roles/" + roleKey), Map.of("permissions", List.of(read))).expect(200).json();
        JsonNode permission = realm.admin().put(catalog("/permissions/" + read), Map.of("description", "Read everything"))
                .expect(200).json();

        assertThat(described.path("updated_at").asLong()).isGreaterThan(created.path("updated_at").asLong());
        assertThat(described.path("created_at").asLong()).isEqualTo(created.path("created_at").asLong());
        assertThat(TokenClaimsIT.keys(narrowed.path("permissions"))).containsExactly(read);
        assertThat(permission.path("updated_at").asLong()).isGreaterThan(permission.path("created_at").asLong());
        assertThat(events(roleKey, read, write)).containsExactly("permission.created", "permission.created", "role.created",
                "role.updated", "role.updated", "permission.updated");
        assertThat(data("permission.updated", read)).isEqualTo(permission);
        JsonNode heldPermission = realm.admin().get(catalog("/roles/" + roleKey)).expect(200).json().path("permissions").get(0);
        assertThat(heldPermission.path("description").asText()).as("a role shows its permissions as they are now")
                .isEqualTo("Read everything");

        // deleting a permission a role holds: role.updated for the role, then permission.deleted with the permission as it was
        realm.admin().delete(catalog("/permissions/" + read)).expect(204);
        assertThat(events(roleKey, read, write)).endsWith("role.updated", "permission.deleted");
        assertThat(data("permission.deleted", read)).isEqualTo(permission);
        JsonNode lastUpdate = dataOf(deliveries(roleKey, read, write).get(deliveries(roleKey, read, write).size() - 2));
        assertThat(lastUpdate.path("key").asText()).isEqualTo(roleKey);
        assertThat(lastUpdate.path("permissions")).isEmpty();

        // deleting a permission no role holds, then the role
        realm.admin().delete(catalog("/permissions/" + write)).expect(204);
        JsonNode asItWas = realm.admin().get(catalog("/roles/" + roleKey)).expect(200).json();
        realm.admin().delete(catalog("/roles/" + roleKey)).expect(204);

        assertThat(events(roleKey, read, write)).containsExactly("permission.created", "permission.created", "role.created",
                "role.updated", "role.updated", "permission.updated", "role.updated", "permission.deleted",
                "permission.deleted", "role.deleted");
        assertThat(data("role.deleted", roleKey)).isEqualTo(asItWas);
    }

    @Test
    void aRoleAndAPermissionAreRenamedByTheirReadableNameWhileTheirKeysStayAndARoundTripChangesNothing() {
        String feature = feature("rename");
        String permissionKey = "org:" + feature + ":export";
        String roleKey = "org:" + feature + "_analyst";
        realm.admin().put(catalog("/permissions/" + permissionKey), Map.of("description", "Export")).expect(201);
        JsonNode created = realm.admin().put(catalog("/roles/" + roleKey), Map.of("permissions", List.of(permissionKey)))
                .expect(201).json();

        // a GET answer sent back as it is (name included) changes nothing
        realm.admin().put(catalog("/roles/" + roleKey), Map.of("name", created.path("name").asText(),
                "permissions", List.of(permissionKey))).expect(200);
        assertThat(events(roleKey, permissionKey)).containsExactly("permission.created", "role.created");

        JsonNode role = realm.admin().put(catalog("/roles/" + roleKey), Map.of("name", "  Data analyst ")).expect(200).json();
        JsonNode permission = realm.admin().put(catalog("/permissions/" + permissionKey), Map.of("name", "Export reports"))
                .expect(200).json();

        assertThat(role.path("key").asText()).isEqualTo(roleKey);
        assertThat(role.path("name").asText()).isEqualTo("Data analyst");
        assertThat(permission.path("key").asText()).isEqualTo(permissionKey);
        assertThat(permission.path("name").asText()).isEqualTo("Export reports");
        assertThat(permission.path("description").asText()).as("a rename leaves the description").isEqualTo("Export");
        assertThat(realm.admin().get(catalog("/roles/" + roleKey)).expect(200).json().path("name").asText()).isEqualTo("Data analyst");
        assertThat(events(roleKey, permissionKey)).containsExactly("permission.created", "role.created", "role.updated",
                "permission.updated");
        assertThat(data("permission.updated", permissionKey).path("name").asText()).isEqualTo("Export reports");

        JsonNode empty = realm.admin().put(catalog("/roles/" + roleKey), Map.of("name", " ")).expect(400).json();
        assertThat(empty.path("error_description").asText()).isEqualTo("name must not be empty");
        realm.admin().put(catalog("/permissions/" + permissionKey), Map.of("name", "x".repeat(256))).expect(400);
        realm.admin().put(catalog("/permissions/org:sys_audit:read"), Map.of("name", "Audit")).expect(409);
        assertThat(realm.admin().get(catalog("/roles/" + roleKey)).expect(200).json().path("name").asText())
                .as("a refused rename keeps the name").isEqualTo("Data analyst");
    }

    @Test
    void catalogChangesAreAuditedUnderTheirEventNamesWithTheRoleIdAsTarget() {
        String roleKey = "org:" + feature("audited");
        JsonNode role = realm.admin().put(catalog("/roles/" + roleKey), Map.of("permissions", List.of("org:sys_memberships:read")))
                .expect(201).json();
        realm.admin().put(catalog("/roles/" + roleKey), Map.of("permissions", List.of("org:sys_memberships:read"))).expect(200);
        realm.admin().put(catalog("/roles/" + roleKey), Map.of("permissions", List.of())).expect(200);

        List<JsonNode> created = audit("role.created", role.path("id").asText());
        List<JsonNode> updated = audit("role.updated", role.path("id").asText());

        assertThat(created).hasSize(1);
        assertThat(created.get(0).path("target").path("type").asText()).isEqualTo("role");
        assertThat(created.get(0).path("details").path("key").asText()).isEqualTo(roleKey);
        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).path("details").path("permissions_removed").asText()).isEqualTo("org:sys_memberships:read");
    }

    @Test
    void thirtyParallelPutsOfANewRoleCreateItOnceWithOneEvent() throws Exception {
        String roleKey = "org:" + feature("dup");
        Map<String, Object> body = Map.of("description", "duplicate puts", "permissions", List.of("org:sys_memberships:read"));

        List<Integer> statuses = Race.copies(30, () -> realm.admin().put(catalog("/roles/" + roleKey), body).status());

        // 409 concurrent_change: a duplicate that read the catalog before the creating one committed
        assertThat(statuses).as(statuses.toString()).containsOnlyOnce(201).isSubsetOf(201, 200, 409);
        assertThat(events(roleKey)).containsExactly("role.created");
        assertThat(realm.admin().get(catalog("/roles/" + roleKey)).expect(200).json().path("description").asText())
                .isEqualTo("duplicate puts");
    }

    private static String feature(String prefix) {
        return TestRealm.unique(prefix).replace('-', '_').toLowerCase();
    }

    private static String catalog(String suffix) {
        return realm.adminPath("/orgkit" + suffix);
    }

    private static JsonNode byKey(JsonNode array, String key) {
        for (JsonNode item : array) {
            if (key.equals(item.path("key").asText())) {
                return item;
            }
        }
        throw new AssertionError(key + " not in " + array);
    }

    /** The endpoint's messages about these keys, oldest first, with their payloads. */
    private static List<JsonNode> deliveries(String... keys) {
        List<String> wanted = List.of(keys);
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode delivery : webhooks.deliveries(endpoint, "?max=100")) {
            JsonNode full = realm.admin().get(webhooks.path("/" + endpoint + "/deliveries/" + delivery.path("id").asText()))
                    .expect(200).json();
            if (wanted.contains(dataOf(full).path("key").asText())) {
                matching.add(full);
            }
        }
        Collections.reverse(matching);
        return matching;
    }

    private static List<String> events(String... keys) {
        return deliveries(keys).stream().map(d -> d.path("event_type").asText()).toList();
    }

    /** The data of the one message of {@code type} about {@code key}. */
    private static JsonNode data(String type, String key) {
        List<JsonNode> found = deliveries(key).stream().filter(d -> type.equals(d.path("event_type").asText())).toList();
        assertThat(found).as(type + " of " + key).hasSize(1);
        return dataOf(found.get(0));
    }

    private static JsonNode dataOf(JsonNode delivery) {
        try {
            return dev.orgkit.it.support.Http.JSON.readTree(delivery.path("payload").asText()).path("data");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<JsonNode> audit(String action, String targetId) {
        List<JsonNode> matching = new ArrayList<>();
        realm.admin().get(realm.adminPath("/orgkit/audit-log?action=" + action + "&max=100")).expect(200).json().forEach(e -> {
            if (targetId.equals(e.path("target").path("id").asText())) {
                matching.add(e);
            }
        });
        return matching;
    }
}
