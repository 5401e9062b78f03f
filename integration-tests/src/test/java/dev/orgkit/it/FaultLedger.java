package dev.orgkit.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * What the workers of {@link ClusterFaultIT} sent and what they were told: committed (a 2xx with the
 * id the server gave), refused (a 4xx), or unknown (the connection broke: the node died with the
 * request in flight, or was down).
 */
final class FaultLedger {

    enum Kind { ORGANIZATION, INVITATION, ROLE_CHANGE, SWITCH }

    enum Outcome { COMMITTED, REFUSED, UNKNOWN }

    /**
     * One request. {@code key} is what the worker chose (an organization's name, an invitee's email,
     * the member's user id); {@code id} is what the server answered (the new object's id), null
     * unless committed.
     */
    record Entry(Kind kind, String node, String key, String id, Outcome outcome, int status) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    /** Role changes per member that took effect, unknown ones included once a read told which did. */
    private final Map<String, Integer> effectiveRoleChanges = new ConcurrentHashMap<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    void add(Entry entry) {
        entries.add(entry);
    }

    void roleChangeTookEffect(String userId) {
        effectiveRoleChanges.merge(userId, 1, Integer::sum);
    }

    Map<String, Integer> effectiveRoleChanges() {
        return Map.copyOf(effectiveRoleChanges);
    }

    /** Something no fault excuses (a 5xx, a token with another organization than the one just made active). */
    void unexpected(String what) {
        unexpected.add(what);
    }

    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    List<Entry> of(Kind kind, Outcome outcome) {
        return entries.stream().filter(e -> e.kind() == kind && e.outcome() == outcome).toList();
    }

    List<String> ids(Kind kind) {
        return of(kind, Outcome.COMMITTED).stream().map(Entry::id).toList();
    }

    List<String> keys(Kind kind, Outcome outcome) {
        return of(kind, outcome).stream().map(Entry::key).toList();
    }

    int size() {
        return entries.size();
    }

    /** Counts per kind and outcome, for the run's summary. */
    String summary() {
        Map<String, Long> counts = entries.stream()
                .collect(Collectors.groupingBy(e -> e.kind() + "/" + e.outcome(), java.util.TreeMap::new, Collectors.counting()));
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(" ", parts);
    }
}
