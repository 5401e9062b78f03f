package dev.orgkit.it.benchmark;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Organization creation with its first member, through orgkit ({@code POST .../orgkit/organizations}
 * with an owner: one request) and through Keycloak's native admin API ({@code POST .../organizations}
 * then {@code POST .../organizations/{id}/members}: two requests), in rounds that alternate which
 * goes first, so a change in the machine's load hits both alike. Owners are seeded users not used
 * before, one per organization.
 */
final class Creation {

    private final TestRealm realm;
    private final ScaleSeed seed;
    private final int seededOrgs;
    private final int rounds;
    private final int perRound;
    final List<Long> orgkitNanos = new ArrayList<>();
    final List<Long> nativeNanos = new ArrayList<>();
    final List<Double> roundRatios = new ArrayList<>();

    Creation(TestRealm realm, ScaleSeed seed, int seededOrgs, int rounds, int perRound) {
        this.realm = realm;
        this.seed = seed;
        this.seededOrgs = seededOrgs;
        this.rounds = rounds;
        this.perRound = perRound;
    }

    int rounds() {
        return rounds;
    }

    int perRound() {
        return perRound;
    }

    void run() {
        // the last seeded users first; the 500-organization user's organizations are the last ones, not these users
        int user = seededOrgs / 10 * 100 - 1;
        // warm-up of both paths, not counted
        for (int n = 0; n < 10; n++) {
            orgkit("warm-k-" + n, user--);
            keycloak("warm-n-" + n, user--);
        }
        for (int round = 0; round < rounds; round++) {
            long orgkit = 0;
            long keycloak = 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean orgkitTurn = (round + turn) % 2 == 0;
                for (int n = 0; n < perRound; n++) {
                    String name = "r" + round + "-" + n;
                    if (orgkitTurn) {
                        long t = orgkit("bench-k-" + name, user--);
                        orgkitNanos.add(t);
                        orgkit += t;
                    } else {
                        long t = keycloak("bench-n-" + name, user--);
                        nativeNanos.add(t);
                        keycloak += t;
                    }
                }
            }
            roundRatios.add((double) keycloak / orgkit);
        }
    }

    /** orgkit creations per second over native creations per second (native time over orgkit time). */
    double ratio() {
        return (double) sum(nativeNanos) / sum(orgkitNanos);
    }

    private long orgkit(String slug, int user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Created " + slug);
        body.put("slug", slug);
        body.put("owner", seed.userName(user));
        String token = realm.admin().token();
        long start = System.nanoTime();
        Http.Response response = realm.http().post(realm.adminPath("/orgkit/organizations")).bearer(token).json(body).send();
        long elapsed = System.nanoTime() - start;
        response.expect(201);
        return elapsed;
    }

    private long keycloak(String alias, int user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Created " + alias);
        body.put("alias", alias);
        body.put("enabled", true);
        String userId = seed.userId(user);
        String token = realm.admin().token();
        long start = System.nanoTime();
        Http.Response created = realm.http().post(realm.adminPath("/organizations")).bearer(token).json(body).send();
        long first = System.nanoTime() - start;
        created.expect(201);
        String location = created.header("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        long second = System.nanoTime();
        Http.Response member = realm.http().post(realm.adminPath("/organizations/" + id + "/members")).bearer(token)
                .json("\"" + userId + "\"").send();
        long elapsed = first + System.nanoTime() - second;
        member.expect(201);
        return elapsed;
    }

    static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
