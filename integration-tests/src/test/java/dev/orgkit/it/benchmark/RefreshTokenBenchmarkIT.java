package dev.orgkit.it.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Refresh-token grants per second: a client with the orgkit mapper against the same client without
 * it, measured in one run, interleaved, for a user in 1 organization and a user in 500; plus
 * Keycloak's native organization membership mapper (with ids, all organizations) for the 500-org user.
 *
 * <p>Run: {@code ./mvnw verify -pl integration-tests -am -Pbenchmark}. Writes
 * {@code integration-tests/target/benchmarks/refresh-token.md}. Not part of the normal test run.
 */
@Tag("benchmark")
class RefreshTokenBenchmarkIT {

    private static final int THREADS = Integer.getInteger("orgkit.bench.threads", 4);
    private static final int ROUNDS = Integer.getInteger("orgkit.bench.rounds", 5);
    private static final long ROUND_MILLIS = Long.getLong("orgkit.bench.roundMillis", 6000);
    private static final long WARMUP_MILLIS = Long.getLong("orgkit.bench.warmupMillis", 8000);
    private static final int BIG = Integer.getInteger("orgkit.bench.orgs", 500);

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    @Test
    void refreshThroughputWithAndWithoutTheOrgkitMapper() throws Exception {
        client("bench-plain", List.of(), List.of());
        client("bench-orgkit", List.of("orgkit"), List.of());
        nativeIdsScope();
        client("bench-native", List.of(), List.of("orgids"));

        String small = realm.createUserAndReturnName();
        realm.addMember("acme", small, "org:member");
        String big = realm.createUserAndReturnName();
        long setup = System.nanoTime();
        for (int i = 1; i <= BIG; i++) {
            realm.createOrganization("Bench " + big + " " + i, "b" + i + "-" + big.toLowerCase(), big);
        }
        long setupMillis = (System.nanoTime() - setup) / 1_000_000;

        Map<String, Double> perSecond = new LinkedHashMap<>();
        Map<String, Double> ratios = new LinkedHashMap<>();
        Map<String, List<Double>> spreads = new LinkedHashMap<>();
        for (String user : List.of(small, big)) {
            String label = user.equals(small) ? "1 org" : BIG + " orgs";
            String activeSlug = user.equals(small) ? "acme" : "b1-" + big.toLowerCase();
            List<Load> loads = new ArrayList<>(List.of(new Load("bench-plain", user, "openid", activeSlug),
                    new Load("bench-orgkit", user, "openid", activeSlug)));
            if (user.equals(big)) {
                loads.add(new Load("bench-native", user, "openid orgids:*", null));
            }
            double[] rates = interleave(loads);
            perSecond.put("without mapper, " + label, rates[0]);
            perSecond.put("with orgkit mapper, " + label, rates[1]);
            ratios.put(label, rates[1] / rates[0]);
            spreads.put(label, roundRatios.get(user));
            if (user.equals(big)) {
                perSecond.put("native membership mapper (ids, all orgs), " + label, rates[2]);
            }
        }
        checkTokens(small, big);
        report(perSecond, ratios, spreads, setupMillis);
        assertThat(ratios.values()).allSatisfy(r -> assertThat(r).isPositive());
    }

    /** Per user, the with/without ratio of each round, to show the spread behind the overall ratio. */
    private final Map<String, List<Double>> roundRatios = new LinkedHashMap<>();

    /** Runs the loads in turns (warm-up, then ROUNDS × each load) and returns grants per second of each. */
    private double[] interleave(List<Load> loads) throws Exception {
        List<List<String>> refreshTokens = new ArrayList<>();
        for (Load load : loads) {
            refreshTokens.add(sessions(load));
        }
        for (int i = 0; i < loads.size(); i++) {
            measure(loads.get(i), refreshTokens.get(i), WARMUP_MILLIS);
        }
        long[] counts = new long[loads.size()];
        long[] nanos = new long[loads.size()];
        for (int round = 0; round < ROUNDS; round++) {
            double[] roundRates = new double[loads.size()];
            for (int i = 0; i < loads.size(); i++) {
                long start = System.nanoTime();
                long n = measure(loads.get(i), refreshTokens.get(i), ROUND_MILLIS);
                long elapsed = System.nanoTime() - start;
                counts[i] += n;
                nanos[i] += elapsed;
                roundRates[i] = n / (elapsed / 1e9);
            }
            roundRatios.computeIfAbsent(loads.get(0).user, u -> new ArrayList<>()).add(roundRates[1] / roundRates[0]);
        }
        double[] rates = new double[loads.size()];
        for (int i = 0; i < loads.size(); i++) {
            rates[i] = counts[i] / (nanos[i] / 1e9);
        }
        return rates;
    }

    /** One session per thread, each with its active organization set. */
    private List<String> sessions(Load load) {
        List<String> tokens = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Tokens.TokenSet set = realm.tokens().password(realm.name(), load.client, load.user, load.user, load.scope);
            if (load.activeSlug != null) {
                realm.http().put(realm.api("/me/active-organization")).bearer(set.accessToken())
                        .json(Map.of("organization", load.activeSlug)).send().expect(200);
            }
            tokens.add(set.refreshToken());
        }
        return tokens;
    }

    private long measure(Load load, List<String> refreshTokens, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        LongAdder done = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<?>> futures = new ArrayList<>();
        for (String refreshToken : refreshTokens) {
            futures.add(pool.submit(() -> {
                Http http = new Http(realm.http().baseUrl());
                Tokens tokens = new Tokens(http);
                while (!stop.get()) {
                    Http.Response response = tokens.refreshResponse(realm.name(), load.client, refreshToken);
                    if (response.status() != 200) {
                        throw new AssertionError(load.client + " refresh failed: " + response);
                    }
                    done.increment();
                }
                return null;
            }));
        }
        Thread.sleep(millis);
        stop.set(true);
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        return done.sum();
    }

    /** The loads really produce what they are meant to measure. */
    private void checkTokens(String small, String big) {
        JsonNode orgkit = realm.tokens().password(realm.name(), "bench-orgkit", small, small, "openid").access();
        JsonNode plain = realm.tokens().password(realm.name(), "bench-plain", small, small, "openid").access();
        JsonNode nativeIds = realm.tokens().password(realm.name(), "bench-native", big, big, "openid orgids:*").access();
        assertThat(orgkit.path("org_slug").asText()).isEqualTo("acme");
        assertThat(plain.has("org_id")).isFalse();
        assertThat(nativeIds.path("orgids").size()).isEqualTo(BIG);
    }

    private void report(Map<String, Double> perSecond, Map<String, Double> ratios, Map<String, List<Double>> spreads,
            long setupMillis) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("| Load | Refresh grants/s |\n| --- | ---: |\n");
        perSecond.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(String.format(Locale.ROOT, "%.1f", v)).append(" |\n"));
        md.append("\n| User | with orgkit / without | lowest and highest round |\n| --- | ---: | ---: |\n");
        ratios.forEach((k, v) -> {
            List<Double> rounds = spreads.get(k);
            md.append("| ").append(k).append(" | ").append(String.format(Locale.ROOT, "%.3f", v)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.3f to %.3f", rounds.stream().mapToDouble(d -> d).min().orElse(0),
                            rounds.stream().mapToDouble(d -> d).max().orElse(0)))
                    .append(" |\n");
        });
        md.append(String.format(Locale.ROOT, "%n%d threads, %d rounds of %d ms per load after %d ms warm-up; database %s; "
                        + "%d organizations set up in %d ms.%n", THREADS, ROUNDS, ROUND_MILLIS, WARMUP_MILLIS,
                realm.env().database().kind(), BIG, setupMillis));
        md.append("Load average of the machine at the end (1, 5, 15 min): ").append(loadAverage()).append(".\n");
        Path out = realm.env().workDir().resolve("../benchmarks/refresh-token.md").normalize();
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println("\n" + md);
    }

    /** The machine's load average, so a reader can tell a quiet run from a busy one. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void client(String clientId, List<String> extraDefault, List<String> extraOptional) {
        List<String> defaults = new ArrayList<>(List.of("basic", "profile", "email", "roles", "web-origins", "acr"));
        defaults.addAll(extraDefault);
        List<String> optional = new ArrayList<>(List.of("offline_access"));
        optional.addAll(extraOptional);
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("publicClient", true);
        client.put("directAccessGrantsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("defaultClientScopes", defaults);
        client.put("optionalClientScopes", optional);
        realm.admin().post(realm.adminPath("/clients"), client).expect(201);
    }

    private void nativeIdsScope() {
        Map<String, Object> mapper = new LinkedHashMap<>();
        mapper.put("name", "organization ids");
        mapper.put("protocol", "openid-connect");
        mapper.put("protocolMapper", "oidc-organization-membership-mapper");
        mapper.put("config", Map.of("claim.name", "orgids", "jsonType.label", "JSON", "multivalued", "true",
                "addOrganizationId", "true", "access.token.claim", "true", "id.token.claim", "false",
                "introspection.token.claim", "true"));
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("name", "orgids");
        scope.put("protocol", "openid-connect");
        scope.put("attributes", Map.of("include.in.token.scope", "true", "is.dynamic.scope", "true", "dynamic.scope.regexp", "orgids:*"));
        scope.put("protocolMappers", List.of(mapper));
        realm.admin().post(realm.adminPath("/client-scopes"), scope).expect(201);
    }

    private record Load(String client, String user, String scope, String activeSlug) { }
}
