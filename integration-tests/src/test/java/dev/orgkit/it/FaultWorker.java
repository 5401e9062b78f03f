package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.FaultLedger.Entry;
import dev.orgkit.it.FaultLedger.Kind;
import dev.orgkit.it.FaultLedger.Outcome;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.Tokens;

/**
 * One worker of {@link ClusterFaultIT}: its own user (admin of its own organization, member of
 * acme) with one session, and its own member whose role it flips. It sends, in turn, an
 * organization creation, an invitation, a role change and an active-organization switch, each to
 * the next node in turn (node 1 only while node 2 is down), and records every answer.
 */
final class FaultWorker {

    /** The operations all workers share: a budget, the nodes that are up, a point to wait for a restart. */
    static final class Traffic {
        final TestRealm realm;
        final Map<String, Http> nodes;
        final FaultLedger ledger;
        private final int budget;
        private final AtomicInteger taken = new AtomicInteger();
        private final Set<String> down = ConcurrentHashMap.newKeySet();
        private volatile int holdAt = Integer.MAX_VALUE;
        private volatile CompletableFuture<Void> until = CompletableFuture.completedFuture(null);

        Traffic(TestRealm realm, Map<String, Http> nodes, FaultLedger ledger, int budget) {
            this.realm = realm;
            this.nodes = nodes;
            this.ledger = ledger;
            this.budget = budget;
        }

        int sent() {
            return Math.min(taken.get(), budget);
        }

        void nodeDown(String node) {
            down.add(node);
        }

        void nodeUp(String node) {
            down.remove(node);
        }

        /** Operations from {@code index} on wait for {@code restart} (traffic on node 1 alone until then). */
        void holdAt(int index, CompletableFuture<Void> restart) {
            this.until = restart;
            this.holdAt = index;
        }

        /** The next operation's index, or -1 when the budget is spent. */
        int next() throws Exception {
            int index = taken.getAndIncrement();
            if (index >= budget) {
                return -1;
            }
            if (index >= holdAt) {
                until.get(5, TimeUnit.MINUTES);
            }
            return index;
        }

        String node(int index, int offset) {
            String wanted = (index + offset) % 2 == 0 ? "node1" : "node2";
            return down.contains(wanted) ? "node1" : wanted;
        }
    }

    private final int number;
    private final String user;
    private final String ownOrg;
    private final String memberId;
    private String latestOrg;
    private String role = "org:member";
    private Tokens.TokenSet tokens;
    /** The organization this worker's session was last made active in, null when a switch's outcome is unknown. */
    private String active;
    private int sequence;

    private FaultWorker(int number, String user, String ownOrg, String memberId, Tokens.TokenSet tokens) {
        this.number = number;
        this.user = user;
        this.ownOrg = ownOrg;
        this.latestOrg = ownOrg;
        this.memberId = memberId;
        this.tokens = tokens;
    }

    static FaultWorker prepare(TestRealm realm, int number) {
        String user = realm.createUserAndReturnName();
        String member = realm.createUserAndReturnName();
        String org = realm.createOrganization(TestRealm.unique("Worker " + number), null, user).path("slug").asText();
        realm.addMember(org, member, "org:member");
        realm.addMember("acme", user, "org:member");
        Tokens.TokenSet tokens = realm.login(user);
        return new FaultWorker(number, user, org, realm.admin().userId(realm.name(), member), tokens);
    }

    void work(Traffic traffic) {
        try {
            for (int index = traffic.next(); index >= 0; index = traffic.next()) {
                String node = traffic.node(index, number);
                switch (sequence++ % 4) {
                    case 0 -> createOrganization(traffic, node);
                    case 1 -> invite(traffic, node);
                    case 2 -> changeRole(traffic, node);
                    default -> switchActive(traffic, node, traffic.node(index + 1, number));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("worker " + number + " stopped", e);
        }
    }

    private void createOrganization(Traffic t, String node) {
        String name = "Fault " + number + "-" + sequence + " " + Long.toString(System.nanoTime(), 36);
        Http.Response response = send(t, node, Kind.ORGANIZATION, name,
                () -> t.nodes.get(node).post(t.realm.adminPath("/orgkit/organizations")).bearer(t.realm.admin().token())
                        .json(Map.of("name", name)).send());
        if (response != null && response.status() == 201) {
            latestOrg = response.json().path("id").asText();
        }
    }

    private void invite(Traffic t, String node) {
        String email = TestRealm.unique("invitee") + "@example.com";
        String org = latestOrg;
        send(t, node, Kind.INVITATION, email,
                () -> t.nodes.get(node).post(t.realm.adminPath("/orgkit/organizations/" + org + "/invitations"))
                        .bearer(t.realm.admin().token()).json(Map.of("email_address", email, "role", "org:member")).send());
    }

    private void changeRole(Traffic t, String node) {
        String to = role.equals("org:member") ? "org:billing" : "org:member";
        Http.Response response = send(t, node, Kind.ROLE_CHANGE, memberId,
                () -> t.nodes.get(node).patch(t.realm.adminPath("/orgkit/organizations/" + ownOrg + "/members/" + memberId))
                        .bearer(t.realm.admin().token()).json(Map.of("role", to)).send());
        if (response != null && response.status() == 200) {
            role = to;
            t.ledger.roleChangeTookEffect(memberId);
        } else if (response == null) {
            // the answer was lost: the member's role now tells whether the change took effect
            String now = currentRole(t);
            if (now.equals(to)) {
                role = to;
                t.ledger.roleChangeTookEffect(memberId);
            }
        }
    }

    private String currentRole(Traffic t) {
        JsonNode members = t.realm.admin().get(t.realm.adminPath("/orgkit/organizations/" + ownOrg + "/members?max=100"))
                .expect(200).json();
        for (JsonNode m : members) {
            if (memberId.equals(m.path("user_id").asText()) || memberId.equals(m.path("public_user_data").path("user_id").asText())) {
                return m.path("role").asText();
            }
        }
        throw new AssertionError("member " + memberId + " not in " + ownOrg + ": " + members);
    }

    /** Switches on one node, refreshes on the other: the new token names the organization just made active. */
    private void switchActive(Traffic t, String node, String refreshOn) {
        String target = ownOrg.equals(active) ? "acme" : ownOrg;
        Http.Response response = send(t, node, Kind.SWITCH, user,
                () -> t.nodes.get(node).put(t.realm.api("/me/active-organization")).bearer(tokens.accessToken())
                        .json(Map.of("organization", target)).send());
        if (response == null) {
            active = null;
            return;
        }
        if (response.status() != 200) {
            t.ledger.unexpected("switch of " + user + " on " + node + ": " + response);
            return;
        }
        active = target;
        Tokens.TokenSet refreshed;
        try {
            Http.Response r = new Tokens(t.nodes.get(refreshOn)).refreshResponse(t.realm.name(), "orgkit-demo-cli", tokens.refreshToken());
            if (r.status() != 200) {
                t.ledger.unexpected("refresh of " + user + " on " + refreshOn + ": " + r);
                return;
            }
            JsonNode json = r.json();
            refreshed = new Tokens.TokenSet(json.path("access_token").asText(), json.path("refresh_token").asText(), null, json);
        } catch (UncheckedIOException lost) {
            return; // the refresh went to a node that died; the next one tells
        }
        tokens = refreshed;
        String slug = refreshed.access().path("org_slug").asText();
        if (!slug.equals(target)) {
            t.ledger.unexpected(user + " switched to " + target + " on " + node + ", refreshed on " + refreshOn + ": org_slug " + slug);
        }
    }

    /** Sends one request and records its outcome; null when the answer was lost. */
    private Http.Response send(Traffic t, String node, Kind kind, String key, java.util.function.Supplier<Http.Response> request) {
        Http.Response response;
        try {
            response = request.get();
        } catch (UncheckedIOException lost) {
            t.ledger.add(new Entry(kind, node, key, null, Outcome.UNKNOWN, 0));
            return null;
        }
        int status = response.status();
        if (status >= 500) {
            t.ledger.unexpected(kind + " on " + node + ": " + response);
        }
        boolean ok = status >= 200 && status < 300;
        String id = ok && kind != Kind.ROLE_CHANGE && kind != Kind.SWITCH ? response.json().path("id").asText() : null;
        t.ledger.add(new Entry(kind, node, key, id, ok ? Outcome.COMMITTED : Outcome.REFUSED, status));
        return response;
    }

    /** After the run: the session's active organization as both nodes read it, and as a refresh on each carries it. */
    void checkActiveOrganizationAgrees(TestRealm realm, Map<String, Http> nodes) {
        Tokens.TokenSet fresh = new Tokens(nodes.get("node1")).refresh(realm.name(), "orgkit-demo-cli", tokens.refreshToken());
        String onNode1 = nodes.get("node1").get(realm.api("/me/active-organization")).bearer(fresh.accessToken()).send().expect(200)
                .json().path("organization").path("slug").asText();
        String onNode2 = nodes.get("node2").get(realm.api("/me/active-organization")).bearer(fresh.accessToken()).send().expect(200)
                .json().path("organization").path("slug").asText();
        Tokens.TokenSet fromNode2 = new Tokens(nodes.get("node2")).refresh(realm.name(), "orgkit-demo-cli", fresh.refreshToken());
        assertThat(onNode2).as("active organization of %s on node2", user).isEqualTo(onNode1);
        assertThat(fromNode2.access().path("org_slug").asText()).as("org_slug refreshed on node2 for %s", user).isEqualTo(onNode1);
        assertThat(fresh.access().path("org_slug").asText()).as("org_slug refreshed on node1 for %s", user).isEqualTo(onNode1);
        if (active != null) {
            assertThat(onNode1).as("active organization of %s after its last switch", user).isEqualTo(active);
        }
    }
}
