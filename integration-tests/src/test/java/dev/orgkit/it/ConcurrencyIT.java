package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.Race;
import dev.orgkit.it.support.TestRealm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Invariants that parallel requests race on: the last admin, the creation limit, a unique slug. */
class ConcurrencyIT {

    private static final int ROUNDS = 12;

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo().customize(r -> ((ObjectNode) r.path("attributes"))
            .put("orgkit.creation-enabled", "true").put("orgkit.creation-limit", "2"));

    @Test
    void twoAdminsDemotingEachOtherAtOnceAlwaysLeaveOneAdmin() throws Exception {
        Pair pair = Pair.create();
        for (int round = 0; round < ROUNDS; round++) {
            pair.makeBothAdmins();
            String tokenA = realm.login(pair.a).accessToken();
            String tokenB = realm.login(pair.b).accessToken();

            List<Integer> statuses = race(
                    () -> patchRole(tokenA, pair.slug, pair.bId, "org:member"),
                    () -> patchRole(tokenB, pair.slug, pair.aId, "org:member"));

            // the loser is refused either by the last-admin rule (409) or, when it runs after the winner
            // committed, because it no longer holds the permission (403)
            assertThat(statuses).as("round " + round).containsOnlyOnce(200).hasSize(2);
            assertThat(statuses).as("round " + round).allMatch(s -> s == 200 || s == 403 || s == 409);
            assertThat(admins(pair.slug)).as("round " + round).hasSize(1);
        }
    }

    @Test
    void twoAdminsRemovingEachOtherAtOnceAlwaysLeaveOneAdmin() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            Pair pair = Pair.create();
            pair.makeBothAdmins();
            String tokenA = realm.login(pair.a).accessToken();
            String tokenB = realm.login(pair.b).accessToken();

            List<Integer> statuses = race(
                    () -> remove(tokenA, pair.slug, pair.bId),
                    () -> remove(tokenB, pair.slug, pair.aId),
                    () -> remove(tokenA, pair.slug, pair.aId),
                    () -> remove(tokenB, pair.slug, pair.bId));

            assertThat(admins(pair.slug)).as("round " + round + " " + statuses).hasSize(1);
            assertThat(statuses).as("round " + round).contains(204).doesNotContain(500);
        }
    }

    @Test
    void parallelCreatesNeverExceedTheCreationLimit() throws Exception {
        String user = TestRealm.unique("eager");
        realm.createUser(user);
        String token = realm.login(user).accessToken();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = TestRealm.unique("Eager " + user);
            calls.add(() -> realm.http().post(realm.api("/organizations")).bearer(token).json(Map.of("name", name)).send().status());
        }

        List<Integer> statuses = race(calls);

        assertThat(statuses.stream().filter(s -> s == 201).count()).as(statuses.toString()).isEqualTo(2);
        assertThat(statuses.stream().filter(s -> s == 403).count()).isEqualTo(6);
        JsonNode mine = realm.http().get(realm.api("/me/organizations")).bearer(token).send().expect(200).json();
        assertThat(mine).hasSize(2);
    }

    @Test
    void parallelCreatesWithTheSameSlugMakeOneOrganization() throws Exception {
        String slug = TestRealm.unique("contested");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String user = TestRealm.unique("racer");
            realm.createUser(user);
            String token = realm.login(user).accessToken();
            String name = TestRealm.unique("Contested");
            calls.add(() -> realm.http().post(realm.api("/organizations")).bearer(token)
                    .json(Map.of("name", name, "slug", slug)).send().status());
        }

        List<Integer> statuses = race(calls);

        assertThat(statuses.stream().filter(s -> s == 201).count()).as(statuses.toString()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).as(statuses.toString()).isEqualTo(7);
        JsonNode orgs = realm.admin().get(realm.adminPath("/orgkit/organizations?search=Contested&max=100")).expect(200).json();
        assertThat(orgs.findValuesAsText("slug").stream().filter(slug::equals)).hasSize(1);
    }

    private static List<String> admins(String slug) {
        List<String> admins = new ArrayList<>();
        for (JsonNode member : realm.admin().get(realm.adminPath("/orgkit/organizations/" + slug + "/members?max=100")).expect(200).json()) {
            if (member.path("role").asText().equals("org:admin")) {
                admins.add(member.path("username").asText());
            }
        }
        return admins;
    }

    private static int patchRole(String token, String slug, String userId, String role) {
        return realm.http().patch(realm.api("/organizations/" + slug + "/members/" + userId)).bearer(token)
                .json(Map.of("role", role)).send().status();
    }

    private static int remove(String token, String slug, String userId) {
        return realm.http().delete(realm.api("/organizations/" + slug + "/members/" + userId)).bearer(token).send().status();
    }

    @SafeVarargs
    private static List<Integer> race(Supplier<Integer>... calls) throws Exception {
        List<Callable<Integer>> callables = new ArrayList<>();
        for (Supplier<Integer> call : calls) {
            callables.add(call::get);
        }
        return race(callables);
    }

    private static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        return Race.run(calls);
    }

    private record Pair(String slug, String a, String b, String aId, String bId) {
        static Pair create() {
            String a = TestRealm.unique("adm-a");
            String b = TestRealm.unique("adm-b");
            String aId = realm.createUser(a);
            String bId = realm.createUser(b);
            String slug = TestRealm.unique("race");
            realm.createOrganization(slug, slug, a);
            realm.addMember(slug, b, "org:admin");
            realm.addMember(slug, realm.createUserAndReturnName(), "org:member");
            return new Pair(slug, a, b, aId, bId);
        }

        void makeBothAdmins() {
            for (String id : List.of(aId, bId)) {
                realm.admin().patch(realm.adminPath("/orgkit/organizations/" + slug + "/members/" + id), Map.of("role", "org:admin"))
                        .expect(200);
            }
        }
    }
}
