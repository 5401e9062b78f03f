package dev.orgkit.it.benchmark;

import dev.orgkit.it.benchmark.ScaleBenchmarkIT.Latency;
import dev.orgkit.it.support.TestRealm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@code target/benchmarks/scale.md}: the list latencies at both scales and the creation comparison. */
final class ScaleReport {

    private final TestRealm realm;
    private final Map<String, Map<Integer, Latency>> lists;
    private final Creation creation;
    private final List<String> notes;
    private final int small;
    private final int large;
    private final int requests;
    private final int warmup;

    ScaleReport(TestRealm realm, Map<String, Map<Integer, Latency>> lists, Creation creation, List<String> notes, int small, int large,
            int requests, int warmup) {
        this.realm = realm;
        this.lists = lists;
        this.creation = creation;
        this.notes = notes;
        this.small = small;
        this.large = large;
        this.requests = requests;
        this.warmup = warmup;
    }

    void write() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Milliseconds per request, %d sequential requests after %d of warm-up, per endpoint.%n%n",
                requests, warmup));
        md.append(String.format(Locale.ROOT, "| Endpoint | p50 at %d | p95 at %d | p99 at %d | p50 at %d | p95 at %d | p99 at %d |%n",
                small, small, small, large, large, large));
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        lists.forEach((label, byScale) -> {
            md.append("| ").append(label.replace("|", "\\|"));
            for (int scale : List.of(small, large)) {
                Latency l = byScale.get(scale);
                md.append(l == null ? " | n/a | n/a | n/a" : String.format(Locale.ROOT, " | %.1f | %.1f | %.1f", l.p50(), l.p95(), l.p99()));
            }
            md.append(" |\n");
        });
        Latency orgkit = Latency.of(creation.orgkitNanos);
        Latency keycloak = Latency.of(creation.nativeNanos);
        md.append(String.format(Locale.ROOT, "%nOrganization creation with its first member at %d organizations, %d rounds of %d each "
                + "(milliseconds per organization):%n%n", large, creation.rounds(), creation.perRound()));
        md.append("| Path | mean | p50 | p95 | organizations/s |\n| --- | ---: | ---: | ---: | ---: |\n");
        row(md, "orgkit: POST /admin/realms/{r}/orgkit/organizations with owner", creation.orgkitNanos, orgkit);
        row(md, "native: POST /admin/realms/{r}/organizations + POST .../{id}/members", creation.nativeNanos, keycloak);
        List<String> rounds = new ArrayList<>();
        creation.roundRatios.forEach(r -> rounds.add(String.format(Locale.ROOT, "%.2f", r)));
        md.append(String.format(Locale.ROOT, "%nRatio orgkit/native (organizations per second): %.2f; per round: %s.%n", creation.ratio(),
                String.join(", ", rounds)));
        md.append(String.format(Locale.ROOT, "%nDatabase %s; %d cores; load average at the end (1, 5, 15 min): %s.%n%n",
                realm.env().database().kind(), Runtime.getRuntime().availableProcessors(), loadAverage()));
        notes.forEach(n -> md.append("- ").append(n.contains("\n") ? n.replace("\n", "\n    ") : n).append('\n'));
        Path out = realm.env().workDir().resolve("../benchmarks/scale.md").normalize();
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println("\n" + md);
    }

    private static void row(StringBuilder md, String what, List<Long> nanos, Latency l) {
        double mean = Creation.sum(nanos) / 1e6 / nanos.size();
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", what, mean, l.p50(), l.p95(), 1000 / mean));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
