package dev.orgkit.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The personal-organization backfill against the real server: batches, a run stopped midway and
 * finished later, a second run that creates nothing, concurrent runs, who is left alone, who may
 * call it. The tests build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackfillIT {

    static final int USERS = 36;

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(json -> {
        var client = json.withArray("clients").addObject();
        client.put("clientId", "orgkit-backfill-robot");
        client.put("publicClient", false);
        client.put("secret", "robot-secret");
        client.put("serviceAccountsEnabled", true);
        client.put("standardFlowEnabled", false);
    });

    private static List<String> users;
    private static String serviceAccountId;

    @BeforeAll
    static void users() {
        users = new ArrayList<>(Backfills.importUsers(realm, "bf", 1, USERS));
        users.add("carol");
        serviceAccountId = realm.admin().get(realm.adminPath("/clients?clientId=orgkit-backfill-robot")).expect(200).json()
                .get(0).path("id").asText();
        serviceAccountId = realm.admin().get(realm.adminPath("/clients/" + serviceAccountId + "/service-account-user"))
                .expect(200).json().path("id").asText();
    }

    @Test
    @Order(1)
    void onlyRealmAdminsMayRunItAndViewersMayOnlyCount() {
        String carol = realm.login("carol").accessToken();
        realm.http().post(Backfills.path(realm)).bearer(carol).send().expect(403);
        realm.http().get(Backfills.path(realm)).bearer(carol).send().expect(403);

        String viewer = realm.createUserAndReturnName();
        realm.grantRealmManagementRole(realm.admin().userId(realm.name(), viewer), "view-organizations");
        realm.grantRealmManagementRole(realm.admin().userId(realm.name(), viewer), "view-users");
        String token = realm.login(viewer).accessToken();
        JsonNode error = realm.http().post(Backfills.path(realm) + "?batch=5").bearer(token).send().expect(403).json();
        assertThat(error.path("error_description").asText()).contains("manage-organizations");
        realm.http().get(Backfills.path(realm)).bearer(token).send().expect(200);
        users.add(viewer);

        realm.admin().post(Backfills.path(realm) + "?batch=0", Map.of()).expect(400);
        realm.admin().post(Backfills.path(realm) + "?batch=lots", Map.of()).expect(400);
    }

    @Test
    @Order(2)
    void theCountIsEveryoneWithoutAnOrganizationExceptServiceAccounts() {
        JsonNode status = realm.admin().get(Backfills.path(realm)).expect(200).json();

        assertThat(status.path("remaining").asLong()).isEqualTo(users.size());
    }

    @Test
    @Order(3)
    void aRunStoppedAfterSomeUsersLeavesThemCompleteAndTheOthersUntouched() {
        JsonNode first = realm.admin().post(Backfills.path(realm) + "?batch=7", Map.of()).expect(200).json();

        assertThat(first.path("processed").asInt()).isEqualTo(7);
        assertThat(first.path("created").asInt()).isEqualTo(7);
        assertThat(first.path("remaining").asLong()).isEqualTo(users.size() - 7);
        assertThat(first.path("done").asBoolean()).isFalse();
        int withOrg = 0;
        for (String username : users) {
            JsonNode orgs = Backfills.organizationsOf(realm, realm.admin().userId(realm.name(), username));
            assertThat(orgs.size()).as(username).isLessThanOrEqualTo(1);
            if (orgs.size() == 1) {
                withOrg++;
                assertPersonal(username, orgs.get(0));
            }
        }
        assertThat(withOrg).isEqualTo(7);
    }

    @Test
    @Order(4)
    void batchesFinishTheRestAndEveryUserHasExactlyOnePersonalOrganization() {
        int created = 0;
        JsonNode result;
        int runs = 0;
        do {
            result = realm.admin().post(Backfills.path(realm) + "?batch=10", Map.of()).expect(200).json();
            created += result.path("created").asInt();
            assertThat(result.path("failed").asInt()).as(result.toString()).isZero();
            assertThat(++runs).as("runs").isLessThan(10);
        } while (!result.path("done").asBoolean());

        assertThat(created).isEqualTo(users.size() - 7);
        assertThat(result.path("remaining").asLong()).isZero();
        for (String username : users) {
            JsonNode orgs = Backfills.organizationsOf(realm, realm.admin().userId(realm.name(), username));
            assertThat(orgs.size()).as(username).isEqualTo(1);
            assertPersonal(username, orgs.get(0));
        }
    }

    @Test
    @Order(5)
    void usersWhoHadOrganizationsAndServiceAccountsAreLeftAlone() {
        assertThat(slugs("alice")).containsExactly("acme");
        assertThat(slugs("bob")).containsExactlyInAnyOrder("acme", "globex");
        assertThat(Backfills.organizationsOf(realm, serviceAccountId).size()).isZero();
    }

    @Test
    @Order(6)
    void aSecondRunCreatesNothing() {
        JsonNode again = realm.admin().post(Backfills.path(realm) + "?batch=100", Map.of()).expect(200).json();

        assertThat(again.path("processed").asInt()).isZero();
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("done").asBoolean()).isTrue();
        assertThat(realm.admin().get(Backfills.path(realm)).expect(200).json().path("remaining").asLong()).isZero();
    }

    @Test
    @Order(7)
    void aUserWhoLeftTheirPersonalOrganizationIsNotGivenAnother() {
        String carol = realm.admin().userId(realm.name(), "carol");
        JsonNode org = Backfills.organizationsOf(realm, carol).get(0);
        String bob = realm.admin().userId(realm.name(), "bob");
        realm.admin().post(realm.adminPath("/orgkit/organizations/" + org.path("id").asText() + "/members"),
                Map.of("user", "bob", "role", "org:admin")).expect(201);
        realm.admin().delete(realm.adminPath("/orgkit/organizations/" + org.path("id").asText() + "/members/" + carol)).expect(204);
        assertThat(Backfills.organizationsOf(realm, carol).size()).isZero();

        JsonNode run = realm.admin().post(Backfills.path(realm), Map.of()).expect(200).json();

        assertThat(run.path("created").asInt()).isZero();
        assertThat(Backfills.organizationsOf(realm, carol).size()).isZero();
        assertThat(bob).isNotEmpty();
    }

    @Test
    @Order(8)
    void concurrentRunsGiveEachUserExactlyOneOrganization() throws Exception {
        List<String> fresh = Backfills.importUsers(realm, "race", 1, 24);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<JsonNode>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> new Http(realm.http().baseUrl())
                        .post(Backfills.path(realm) + "?batch=100").bearer(realm.admin().token()).send().expect(200).json(), pool));
            }
            int created = 0;
            for (CompletableFuture<JsonNode> run : runs) {
                JsonNode result = run.get();
                created += result.path("created").asInt();
            }
            assertThat(created).isEqualTo(fresh.size());
        } finally {
            pool.shutdownNow();
        }
        for (String username : fresh) {
            assertThat(Backfills.organizationsOf(realm, realm.admin().userId(realm.name(), username)).size()).as(username).isEqualTo(1);
        }
        assertThat(realm.admin().get(Backfills.path(realm)).expect(200).json().path("remaining").asLong()).isZero();
    }

    @Test
    @Order(9)
    void oneUserCanBeGivenAPersonalOrganizationOnItsOwnOnce() {
        String solo = realm.createUserAndReturnName();

        JsonNode first = realm.admin().post(Backfills.path(realm) + "/users/" + solo, Map.of()).expect(200).json();
        JsonNode second = realm.admin().post(Backfills.path(realm) + "/users/" + solo, Map.of()).expect(200).json();

        assertThat(first.path("created").asBoolean()).isTrue();
        assertThat(second.path("created").asBoolean()).isFalse();
        assertPersonal(solo, Backfills.organizationsOf(realm, realm.admin().userId(realm.name(), solo)).get(0));
        realm.admin().post(Backfills.path(realm) + "/users/" + serviceAccountId, Map.of()).expect(400);
        realm.admin().post(Backfills.path(realm) + "/users/nobody-here", Map.of()).expect(404);
        realm.http().post(Backfills.path(realm) + "/users/" + solo).bearer(realm.login("carol").accessToken()).send().expect(403);
    }

    private static List<String> slugs(String username) {
        List<String> slugs = new ArrayList<>();
        Backfills.organizationsOf(realm, realm.admin().userId(realm.name(), username)).forEach(o -> slugs.add(o.path("alias").asText()));
        return slugs;
    }

    /** A personal organization: named after the user, marked for them, the user its org:admin. */
    private static void assertPersonal(String username, JsonNode org) {
        String userId = realm.admin().userId(realm.name(), username);
        assertThat(org.path("name").asText()).as(org.toString()).endsWith("'s organization");
        assertThat(org.path("attributes").path("orgkit.personal-for").get(0).asText()).as(org.toString()).isEqualTo(userId);
        assertThat(org.path("attributes").has("orgkit.created-by")).isFalse();
        JsonNode member = realm.admin().get(realm.adminPath("/orgkit/organizations/" + org.path("id").asText() + "/members/" + userId))
                .expect(200).json();
        assertThat(member.path("role").asText()).as(member.toString()).isEqualTo("org:admin");
    }
}
