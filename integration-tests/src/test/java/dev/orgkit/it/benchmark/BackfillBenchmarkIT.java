package dev.orgkit.it.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.TestRealm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The personal-organization backfill of a realm with 10,000 users without an organization: time to
 * completion in batches of 500, then a second (idempotent) run; baselines of the same run: the
 * users' import, and organization creation through the orgkit admin API one request per user.
 *
 * <p>Run: {@code ./mvnw -B verify -pl spi-organizations,spi-security,integration-tests -Pbenchmark
 * -Dit.test=BackfillBenchmarkIT}. Writes {@code integration-tests/target/benchmarks/backfill.md}.
 */
@Tag("benchmark")
class BackfillBenchmarkIT {

    private static final int USERS = Integer.getInteger("orgkit.bench.backfillUsers", 10_000);
    private static final int BASELINE = Integer.getInteger("orgkit.bench.baselineOrgs", 200);
    private static final int IMPORT_CHUNK = 500;
    private static final int BATCH = 200;

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    @Test
    void backfillOfTenThousandUsers() throws IOException {
        // Baseline 1: users imported in chunks through the admin partial import.
        long importStart = System.nanoTime();
        for (int from = 1; from <= USERS; from += IMPORT_CHUNK) {
            importUsers("bench", from, Math.min(IMPORT_CHUNK, USERS - from + 1));
        }
        long importMillis = millis(importStart);
        importUsers("base", 1, BASELINE);

        // Baseline 2: one organization per user through the orgkit admin API (the same service the backfill uses).
        long baselineStart = System.nanoTime();
        for (int i = 1; i <= BASELINE; i++) {
            String owner = String.format("base-%05d", i);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", owner + "'s organization");
            body.put("owner", owner);
            realm.admin().post(realm.adminPath("/orgkit/organizations"), body).expect(201);
        }
        long baselineMillis = millis(baselineStart);

        long countStart = System.nanoTime();
        long before = realm.admin().get(realm.adminPath("/orgkit/backfill")).expect(200).json().path("remaining").asLong();
        long countMillis = millis(countStart);
        assertThat(before).isEqualTo(USERS + 1L); // + carol of the demo realm

        List<Long> batchMillis = new ArrayList<>();
        int created = 0;
        long runStart = System.nanoTime();
        JsonNode result;
        do {
            long batchStart = System.nanoTime();
            result = realm.admin().post(realm.adminPath("/orgkit/backfill?batch=" + BATCH), Map.of()).expect(200).json();
            batchMillis.add(millis(batchStart));
            created += result.path("created").asInt();
            assertThat(result.path("failed").asInt()).as(result.toString()).isZero();
        } while (!result.path("done").asBoolean());
        long runMillis = millis(runStart);
        assertThat(created).isEqualTo(USERS + 1);

        long secondStart = System.nanoTime();
        JsonNode second = realm.admin().post(realm.adminPath("/orgkit/backfill?batch=" + BATCH), Map.of()).expect(200).json();
        long secondMillis = millis(secondStart);
        assertThat(second.path("created").asInt()).isZero();
        assertThat(second.path("done").asBoolean()).isTrue();
        JsonNode last = realm.admin().get(realm.adminPath("/organizations/members/"
                + realm.admin().userId(realm.name(), String.format("bench-%05d", USERS)) + "/organizations")).expect(200).json();
        assertThat(last.size()).isEqualTo(1);

        report(importMillis, baselineMillis, countMillis, runMillis, batchMillis, secondMillis, created);
    }

    private static void importUsers(String prefix, int from, int count) {
        List<Map<String, Object>> users = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String name = String.format("%s-%05d", prefix, i);
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("username", name);
            user.put("enabled", true);
            user.put("email", name + "@example.com");
            user.put("firstName", "First" + i);
            user.put("lastName", prefix);
            users.add(user);
        }
        realm.admin().post(realm.adminPath("/partialImport"), Map.of("ifResourceExists", "FAIL", "users", users)).expect(200);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void report(long importMillis, long baselineMillis, long countMillis, long runMillis, List<Long> batchMillis,
                               long secondMillis, int created) throws IOException {
        long slowest = batchMillis.stream().mapToLong(Long::longValue).max().orElse(0);
        StringBuilder md = new StringBuilder();
        md.append("| Measure | Result |\n| --- | ---: |\n");
        row(md, "backfill to completion (" + created + " personal organizations, " + batchMillis.size() + " calls of batch="
                + BATCH + ")", String.format(Locale.ROOT, "%.1f s", runMillis / 1000.0));
        row(md, "backfill rate", String.format(Locale.ROOT, "%.1f users/s", created / (runMillis / 1000.0)));
        row(md, "slowest batch call", String.format(Locale.ROOT, "%.1f s", slowest / 1000.0));
        row(md, "second run (nothing left to do)", secondMillis + " ms");
        row(md, "GET count of users without an organization (" + created + " users)", countMillis + " ms");
        row(md, "baseline: " + BASELINE + " organizations through POST /admin/realms/{r}/orgkit/organizations, one per user",
                String.format(Locale.ROOT, "%.1f s = %.1f orgs/s", baselineMillis / 1000.0, BASELINE / (baselineMillis / 1000.0)));
        row(md, "baseline: import of " + USERS + " users (partial import, chunks of " + IMPORT_CHUNK + ")",
                String.format(Locale.ROOT, "%.1f s = %.0f users/s", importMillis / 1000.0, USERS / (importMillis / 1000.0)));
        md.append(String.format(Locale.ROOT, "%nDatabase %s; %d cores.%n", realm.env().database().kind(),
                Runtime.getRuntime().availableProcessors()));
        Path out = realm.env().workDir().resolve("../benchmarks/backfill.md").normalize();
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println("\n" + md);
    }

    private static void row(StringBuilder md, String what, String value) {
        md.append("| ").append(what).append(" | ").append(value).append(" |\n");
    }
}
