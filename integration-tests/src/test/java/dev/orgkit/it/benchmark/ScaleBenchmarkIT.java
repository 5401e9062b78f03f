package dev.orgkit.it.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * List and search endpoints at 100 and at 10,000 organizations of 100 members (1,000,000
 * memberships) on PostgreSQL, with Keycloak's native lists as the baseline of the same run; then
 * organization creation through orgkit against Keycloak's native API, interleaved in rounds.
 * The realm is seeded with {@link ScaleSeed} (SQL copies of rows the API wrote), a user in 10
 * organizations and a user in 500 are made through the API.
 *
 * <p>Run: {@code ./mvnw -B verify -pl integration-tests -am -Pbenchmark -Dorgkit.it.db=postgres
 * -Dit.test=ScaleBenchmarkIT}. Writes {@code integration-tests/target/benchmarks/scale.md}.
 */
@Tag("benchmark")
class ScaleBenchmarkIT {

    private static final int SMALL = Integer.getInteger("orgkit.bench.smallOrgs", 100);
    private static final int LARGE = Integer.getInteger("orgkit.bench.orgs", 10_000);
    private static final int BIG_USER_ORGS = Integer.getInteger("orgkit.bench.bigUserOrgs", 500);
    private static final int REQUESTS = Integer.getInteger("orgkit.bench.requests", 200);
    private static final int WARMUP = Integer.getInteger("orgkit.bench.warmup", 50);
    private static final int ROUNDS = Integer.getInteger("orgkit.bench.creationRounds", 5);
    private static final int PER_ROUND = Integer.getInteger("orgkit.bench.creationsPerRound", 20);

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private final Map<String, Map<Integer, Latency>> lists = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private ScaleSeed seed;
    private String ten;
    private String big;

    @Test
    void listsStayFlatFromHundredToTenThousandOrganizations() throws Exception {
        String templateOwner = realm.createUserAndReturnName();
        String templateMember = realm.createUserAndReturnName();
        String templateUser = realm.createUser(TestRealm.unique("template"));
        String templateOrg = realm.createOrganization("Seed template", "seed-template", templateOwner).path("id").asText();
        realm.addMember(templateOrg, templateMember, null);
        String realmId = realm.admin().realm(realm.name()).path("id").asText();
        seed = new ScaleSeed(realm.env().database(), realmId, templateOrg,
                realm.admin().userId(realm.name(), templateOwner), realm.admin().userId(realm.name(), templateMember));
        long before = countOrganizations();

        long start = System.nanoTime();
        seed.seed(0, SMALL, templateUser);
        notes.add(String.format(Locale.ROOT, "seed of %d organizations: %.1f s", SMALL, seconds(start)));
        clearCaches();
        ten = realm.createUserAndReturnName();
        for (int i = 0; i < 10; i++) {
            realm.addMember(seed.orgId(i), ten, "org:admin");
        }
        String tenToken = realm.login(ten).accessToken();
        for (int n = 0; n < 5; n++) {
            realm.http().post(realm.api("/organizations/" + seed.orgId(0) + "/invitations")).bearer(tenToken)
                    .json(Map.of("email_address", TestRealm.unique("invitee") + "@example.com", "role", "org:member")).send().expect(201);
        }
        verify(before, SMALL);
        measureLists(SMALL);

        start = System.nanoTime();
        for (int from = SMALL; from < LARGE; from += 1000) {
            seed.seed(from, Math.min(LARGE, from + 1000), templateUser);
        }
        notes.add(String.format(Locale.ROOT, "seed from %d to %d organizations: %.1f s", SMALL, LARGE, seconds(start)));
        clearCaches();
        verify(before, LARGE);
        big = realm.createUserAndReturnName();
        start = System.nanoTime();
        for (int i = 0; i < BIG_USER_ORGS; i++) {
            realm.addMember(seed.orgId(LARGE - 1 - i), big, null);
        }
        notes.add(String.format(Locale.ROOT, "%d memberships of one user through POST .../orgkit/organizations/{org}/members: %.1f s",
                BIG_USER_ORGS, seconds(start)));
        JsonNode bigOrgs = all(realm.api("/me/organizations"), () -> realm.login(big).accessToken());
        assertThat(bigOrgs.size()).isEqualTo(BIG_USER_ORGS);
        measureLists(LARGE);
        explainOrgkitQueries();

        Creation creation = new Creation(realm, seed, LARGE, ROUNDS, PER_ROUND);
        creation.run();
        new ScaleReport(realm, lists, creation, notes, SMALL, LARGE, REQUESTS, WARMUP).write();
        assertThat(creation.ratio()).isPositive();
    }

    private void verify(long before, int seeded) {
        assertThat(countOrganizations()).isEqualTo(before + seeded);
        String untouched = seed.orgId(seeded - 1);
        JsonNode members = realm.admin().get(realm.adminPath("/orgkit/organizations/" + untouched + "/members?first=0&max=100"))
                .expect(200).json();
        assertThat(members.size()).isEqualTo(ScaleSeed.MEMBERS);
        long admins = 0;
        for (JsonNode m : members) {
            admins += "org:admin".equals(m.path("role").asText()) ? 1 : 0;
        }
        assertThat(admins).as("one org:admin per seeded organization").isEqualTo(1);
        JsonNode nativeMembers = realm.admin().get(realm.adminPath("/organizations/" + untouched + "/members?first=0&max=200"))
                .expect(200).json();
        assertThat(nativeMembers.size()).isEqualTo(ScaleSeed.MEMBERS);
        JsonNode tenOrgs = realm.http().get(realm.api("/me/organizations?max=100")).bearer(realm.login(ten).accessToken()).send()
                .expect(200).json();
        assertThat(tenOrgs.size()).isEqualTo(10);
    }

    /** The organizations of the realm, counted by paging through the orgkit admin list. */
    private long countOrganizations() {
        return all(realm.adminPath("/orgkit/organizations"), () -> realm.admin().token()).size();
    }

    private JsonNode all(String path, Supplier<String> token) {
        List<JsonNode> items = new ArrayList<>();
        for (int first = 0; ; first += 100) {
            JsonNode page = realm.http().get(path + "?first=" + first + "&max=100").bearer(token.get()).send().expect(200).json();
            page.forEach(items::add);
            if (page.size() < 100) {
                return Http.JSON.valueToTree(items);
            }
        }
    }

    private void measureLists(int scale) {
        String org = seed.orgId(0);
        Supplier<String> admin = () -> realm.admin().token();
        String tenToken = realm.login(ten).accessToken();
        Supplier<String> asTen = () -> tenToken;
        String orgs = realm.adminPath("/orgkit/organizations");
        measure(scale, "admin: GET /admin/realms/{r}/orgkit/organizations?first=0&max=20", orgs + "?first=0&max=20", admin, 20);
        measure(scale, "admin: same, ?search=Seed Org 0000", orgs + "?search=Seed%20Org%200000&first=0&max=20", admin, 10);
        measure(scale, "admin: GET .../orgkit/organizations/{org}/members?max=20", orgs + "/" + org + "/members?first=0&max=20",
                admin, 20);
        measure(scale, "admin: same, ?search=seed-user-00000", orgs + "/" + org + "/members?search=seed-user-00000&first=0&max=20",
                admin, 10);
        String self = realm.api("/organizations/" + org);
        measure(scale, "self-service: GET /realms/{r}/orgkit/organizations/{org}/members?max=20", self + "/members?first=0&max=20",
                asTen, 20);
        measure(scale, "self-service: same, ?search=seed-user-00000", self + "/members?search=seed-user-00000&first=0&max=20",
                asTen, 10);
        measure(scale, "self-service: GET .../organizations/{org}/invitations", self + "/invitations", asTen, 5);
        measure(scale, "self-service: GET .../organizations/{org}/audit-log?max=20", self + "/audit-log?first=0&max=20", asTen, 20);
        measure(scale, "self-service: GET /realms/{r}/orgkit/me/organizations, user in 10", realm.api("/me/organizations"), asTen, 10);
        if (big != null) {
            String bigToken = realm.login(big).accessToken();
            measure(scale, "self-service: GET .../me/organizations?max=100, user in " + BIG_USER_ORGS,
                    realm.api("/me/organizations?first=0&max=100"), () -> bigToken, Math.min(BIG_USER_ORGS, 100));
        }
        measure(scale, "native: GET /admin/realms/{r}/organizations?first=0&max=20", realm.adminPath("/organizations?first=0&max=20"),
                admin, 20);
        measure(scale, "native: GET /admin/realms/{r}/organizations/{id}/members?first=0&max=20",
                realm.adminPath("/organizations/" + org + "/members?first=0&max=20"), admin, 20);
    }

    private void measure(int scale, String label, String path, Supplier<String> token, int expectedSize) {
        List<Long> nanos = new ArrayList<>();
        for (int n = 0; n < WARMUP + REQUESTS; n++) {
            String bearer = token.get();
            long start = System.nanoTime();
            Http.Response response = realm.http().get(path).bearer(bearer).send();
            long elapsed = System.nanoTime() - start;
            response.expect(200);
            if (n == 0) {
                assertThat(response.json().size()).as(label + " at " + scale).isEqualTo(expectedSize);
            }
            if (n >= WARMUP) {
                nanos.add(elapsed);
            }
        }
        lists.computeIfAbsent(label, k -> new LinkedHashMap<>()).put(scale, Latency.of(nanos));
    }

    /** The plans of orgkit's list queries at the large scale, for the reading in docs/benchmarks.md. */
    private void explainOrgkitQueries() throws Exception {
        String org = seed.orgId(0);
        notes.add("plan of the audit log page:\n" + seed.explain("SELECT * FROM ORGKIT_AUDIT_LOG WHERE REALM_ID = (SELECT REALM_ID FROM ORG "
                + "WHERE ID = ?) AND ORG_ID = ? ORDER BY CREATED_AT DESC LIMIT 20", org, org));
    }

    private void clearCaches() {
        realm.admin().post(realm.adminPath("/clear-realm-cache"), null).expect(204);
        realm.admin().post(realm.adminPath("/clear-user-cache"), null).expect(204);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** p50, p95 and p99 of a series of request times. */
    record Latency(double p50, double p95, double p99) {
        static Latency of(List<Long> nanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            sorted.sort(null);
            return new Latency(at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
        }

        private static double at(List<Long> sorted, double q) {
            int index = (int) Math.ceil(q * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }
}
