package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.orgkit.it.support.Eventually;
import dev.orgkit.it.support.Http;
import dev.orgkit.it.support.Race;
import dev.orgkit.it.support.Rows;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.WebhookReceiver;
import dev.orgkit.it.support.Webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rest of the duplicate matrix ({@link DuplicateRequestsIT} has the first part): 30 identical
 * requests at once to the endpoints whose change is not idempotent by nature (resend, secret
 * rotation, replay), to the catalog, the active organization and the organization itself, each
 * checked for one success, documented refusals, one audit entry and one webhook per real change
 * (counted in the outbox, which is written in the change's transaction).
 */
class DuplicateChangesIT {

    private static final int COPIES = 30;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static WebhookReceiver receiver;
    private static Webhooks webhooks;
    private static Rows rows;
    private static String endpointId;

    @BeforeAll
    static void setUp() {
        receiver = new WebhookReceiver();
        webhooks = new Webhooks(realm);
        rows = new Rows(realm.env().database());
        endpointId = webhooks.create(Map.of("url", receiver.url("/matrix"), "description", "every event")).path("id").asText();
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void thirtyParallelResendsOfOneInvitationResendItOnce() throws Exception {
        Org org = Org.create();
        String id = invite(org, TestRealm.unique("resend") + "@example.com");
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());

        List<Integer> statuses = copies(() -> {
            Http.Response response = realm.http().post(realm.api("/organizations/" + org.slug + "/invitations/" + id + "/resend"))
                    .bearer(org.ownerToken).send();
            if (response.status() != 200) {
                refusals.add(response.status() + " " + response.body() + " retry-after=" + response.header("Retry-After").orElse(""));
            }
            return response.status();
        });

        assertThat(statuses).as(statuses + " " + refusals).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(refusals).allMatch(r -> r.contains("\"invitation_just_resent\"") && !r.endsWith("retry-after="));
        assertThat(auditEntries(org.id, "invitation.resent", id)).hasSize(1);
        // one send counted for the create and one for the resend (the rate limits count these rows)
        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_INVITATION_SEND WHERE ORGANIZATION_ID = ?", org.id)).isEqualTo(2);
    }

    @Test
    void thirtyParallelRotationsOfOneSecretRotateItOnceAndBothSecretsSign() throws Exception {
        JsonNode created = webhooks.create(Map.of("url", receiver.url("/rotation"), "event_types", List.of("organization.updated")));
        String id = created.path("id").asText();
        String original = created.path("secret").asText();
        List<String> secrets = Collections.synchronizedList(new ArrayList<>());
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());

        List<Integer> statuses = copies(() -> {
            Http.Response response = realm.admin().post(webhooks.path("/" + id + "/rotate-secret"), null);
            if (response.status() == 200) {
                secrets.add(response.json().path("secret").asText());
            } else {
                refusals.add(response.status() + " " + response.body());
            }
            return response.status();
        });

        assertThat(statuses).as(statuses + " " + refusals).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(refusals).allMatch(r -> r.contains("\"secret_just_rotated\""));
        // the secret the answer showed signs, and so does the one receivers had before: nothing got lost in between
        Org org = Org.create();
        String description = TestRealm.unique("rotated");
        realm.http().patch(realm.api("/organizations/" + org.slug)).bearer(org.ownerToken).json(Map.of("description", description))
                .send().expect(200);
        WebhookReceiver.Delivery delivery = receiver.await("the change signed after the rotations",
                d -> d.path().equals("/rotation") && description.equals(d.data().path("description").asText()), WAIT);
        List<String> signatures = List.of(delivery.header("webhook-signature").split(" "));
        assertThat(signatures).hasSize(2)
                .contains(sign(secrets.get(0), delivery))
                .contains(sign(original, delivery));
    }

    @Test
    void thirtyParallelReplaysOfOneMessageSendItOnceForEachAcceptedReplay() throws Exception {
        Org org = Org.create();
        String description = TestRealm.unique("replayed");
        realm.http().patch(realm.api("/organizations/" + org.slug)).bearer(org.ownerToken).json(Map.of("description", description))
                .send().expect(200);
        WebhookReceiver.Delivery first = receiver.await("the change to replay",
                d -> d.path().equals("/matrix") && description.equals(d.data().path("description").asText()), WAIT);
        String messageId = first.header("webhook-id");
        JsonNode delivery = Eventually.get("the message recorded as delivered", WAIT, () -> {
            JsonNode found = webhooks.delivery(endpointId, messageId);
            return found != null && "succeeded".equals(found.path("status").asText()) ? found : null;
        });
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());

        List<Integer> statuses = copies(() -> {
            Http.Response response = realm.admin().post(webhooks.path("/" + endpointId + "/deliveries/" + delivery.path("id").asText()
                    + "/replay"), null);
            if (response.status() != 202) {
                refusals.add(response.status() + " " + response.body());
            }
            return response.status();
        });

        // a replay that finds the message queued or being sent is refused; one that comes after the replayed message
        // went out again is a real second replay: each accepted replay is one more send, with the same webhook-id
        long accepted = statuses.stream().filter(s -> s == 202).count();
        assertThat(statuses).as(statuses + " " + refusals).contains(202).containsOnly(202, 409);
        assertThat(refusals).allMatch(r -> r.contains("\"delivery_queued\"") || r.contains("\"delivery_in_progress\""));
        Eventually.until("the replays to be delivered", WAIT,
                () -> receiver.deliveries(d -> d.path().equals("/matrix") && messageId.equals(d.header("webhook-id"))).size() >= 1 + accepted
                        && "succeeded".equals(webhooks.delivery(endpointId, messageId).path("status").asText()));
        assertThat(receiver.deliveries(d -> d.path().equals("/matrix") && messageId.equals(d.header("webhook-id")))).hasSize((int) (1 + accepted));
        assertThat(rows.count("SELECT COUNT(*) FROM ORGKIT_WEBHOOK_DELIVERY WHERE ENDPOINT_ID = ? AND MESSAGE_ID = ?", endpointId,
                messageId)).isEqualTo(1);
    }

    @Test
    void thirtyParallelCreationsOfOneRoleCreateItOnce() throws Exception {
        String role = "org:" + TestRealm.unique("dup").replace('-', '_');
        Map<String, Object> body = Map.of("description", "created 30 times at once", "permissions", List.of("org:sys_memberships:read"));
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());

        List<Integer> statuses = copies(() -> {
            Http.Response response = realm.admin().put(realm.adminPath("/orgkit/roles/" + role), body);
            if (response.status() >= 300) {
                refusals.add(response.status() + " " + response.body());
            }
            return response.status();
        });

        // the others find it made and answer 200 with nothing changed, or were told of the parallel creation
        assertThat(statuses).as(statuses + " " + refusals).containsOnlyOnce(201).isSubsetOf(201, 200, 409);
        assertThat(refusals).allMatch(r -> r.startsWith("409 ") && r.contains("\"concurrent_change\""));
        String id = realm.admin().get(realm.adminPath("/orgkit/roles/" + role)).expect(200).json().path("id").asText();
        assertThat(auditEntries(null, "role.created", id)).hasSize(1);
        assertThat(auditEntries(null, "role.updated", id)).isEmpty();
        assertThat(webhookMessages("role.created", id)).isEqualTo(1);
        assertThat(webhookMessages("role.updated", id)).isZero();
    }

    @Test
    void thirtyParallelCreationsOfOnePermissionCreateItOnce() throws Exception {
        String permission = "org:" + TestRealm.unique("dup").replace('-', '_') + ":read";
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());

        List<Integer> statuses = copies(() -> {
            Http.Response response = realm.admin().put(realm.adminPath("/orgkit/permissions/" + permission),
                    Map.of("description", "created 30 times at once"));
            if (response.status() >= 300) {
                refusals.add(response.status() + " " + response.body());
            }
            return response.status();
        });

        assertThat(statuses).as(statuses + " " + refusals).containsOnlyOnce(201).isSubsetOf(201, 200, 409);
        assertThat(refusals).allMatch(r -> r.startsWith("409 ") && r.contains("\"concurrent_change\""));
        String id = realm.admin().get(realm.adminPath("/orgkit/permissions/" + permission)).expect(200).json().path("id").asText();
        assertThat(auditEntries(null, "permission.created", id)).hasSize(1);
        assertThat(webhookMessages("permission.created", id)).isEqualTo(1);
        assertThat(webhookMessages("permission.updated", id)).isZero();
    }

    @Test
    void thirtyParallelIdenticalRenamesRecordOneChangeAndOneWebhook() throws Exception {
        Org org = Org.create();
        String name = TestRealm.unique("Renamed");
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());

        List<Integer> statuses = copies(() -> {
            Http.Response response = realm.http().patch(realm.api("/organizations/" + org.slug)).bearer(org.ownerToken)
                    .json(Map.of("name", name)).send();
            if (response.status() != 200) {
                refusals.add(response.status() + " " + response.body());
            }
            return response.status();
        });

        assertThat(statuses).as(statuses + " " + refusals).contains(200).isSubsetOf(200, 409);
        assertThat(refusals).allMatch(r -> r.startsWith("409 ") && r.contains("\"concurrent_change\""));
        assertThat(auditEntries(org.id, "organization.updated", org.id)).filteredOn(e -> e.path("details").has("name")).hasSize(1);
        assertThat(webhookMessages("organization.updated", name)).isEqualTo(1);
        assertThat(realm.admin().get(realm.adminPath("/orgkit/organizations/" + org.id)).expect(200).json().path("name").asText())
                .isEqualTo(name);
    }

    @Test
    void parallelSwitchesOfTheActiveOrganizationNeverFailAndEndOnOneOfThem() throws Exception {
        String user = realm.createUserAndReturnName();
        Org first = Org.create();
        Org second = Org.create();
        realm.addMember(first.slug, user, "org:member");
        realm.addMember(second.slug, user, "org:admin");
        var tokens = realm.login(user);
        String token = tokens.accessToken();

        List<Integer> same = copies(() -> realm.http().put(realm.api("/me/active-organization")).bearer(token)
                .json(Map.of("organization", first.slug)).send().status());
        assertThat(same).as(same.toString()).containsOnly(200);

        List<Callable<Integer>> conflicting = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            String slug = i % 2 == 0 ? first.slug : second.slug;
            conflicting.add(() -> realm.http().put(realm.api("/me/active-organization")).bearer(token)
                    .json(Map.of("organization", slug)).send().status());
        }
        List<Integer> switched = Race.run(conflicting);
        assertThat(switched).as(switched.toString()).containsOnly(200);

        // the session and the next token agree on whichever switch came last
        String active = realm.http().get(realm.api("/me/active-organization")).bearer(token).send().expect(200).json()
                .path("organization").path("slug").asText();
        assertThat(active).isIn(first.slug, second.slug);
        JsonNode refreshed = realm.refresh(tokens).access();
        assertThat(refreshed.path("org_slug").asText()).isEqualTo(active);
        assertThat(refreshed.path("org_role").asText()).isEqualTo(active.equals(first.slug) ? "org:member" : "org:admin");
    }

    @Test
    void thirtyParallelAdminRemovalsOfOneMemberSendOneWebhook() throws Exception {
        Org org = Org.create();
        String member = realm.createUserAndReturnName();
        realm.addMember(org.slug, member, "org:member");
        String memberId = realm.admin().userId(realm.name(), member);

        List<Integer> statuses = copies(() -> realm.admin().delete(realm.adminPath("/orgkit/organizations/" + org.id + "/members/"
                + memberId)).status());

        assertThat(statuses).as(statuses.toString()).containsOnlyOnce(204).containsOnly(204, 404);
        assertThat(auditEntries(org.id, "member.removed", memberId)).hasSize(1);
        assertThat(webhookMessages("organizationMembership.deleted", memberId)).isEqualTo(1);
    }

    @Test
    void thirtyParallelAdminDeletesOfOneOrganizationSendOneWebhookPerChange() throws Exception {
        Org org = Org.create();
        String ownerId = org.ownerId();

        List<Integer> statuses = copies(() -> realm.admin().delete(realm.adminPath("/orgkit/organizations/" + org.id)).status());

        assertThat(statuses).as(statuses.toString()).containsOnlyOnce(204).isSubsetOf(204, 404, 409);
        assertThat(webhookMessages("organization.deleted", org.id)).isEqualTo(1);
        assertThat(webhookMessages("organizationMembership.deleted", ownerId)).isEqualTo(1);
        realm.admin().get(realm.adminPath("/orgkit/organizations/" + org.id)).expect(404);
    }

    @Test
    void thirtyParallelAcceptsAndInvitationsSendOneWebhookEach() throws Exception {
        Org org = Org.create();
        String invitee = realm.createUserAndReturnName();
        String inviteeId = realm.admin().userId(realm.name(), invitee);
        String email = invitee + "@example.com";

        List<Integer> created = copies(() -> realm.http().post(realm.api("/organizations/" + org.slug + "/invitations"))
                .bearer(org.ownerToken).json(Map.of("email", email, "role", "org:member")).send().status());
        assertThat(created).as(created.toString()).containsOnlyOnce(201).containsOnly(201, 409);
        String id = realm.http().get(realm.api("/organizations/" + org.slug + "/invitations?status=pending")).bearer(org.ownerToken)
                .send().expect(200).json().get(0).path("id").asText();
        assertThat(webhookMessages("organizationInvitation.created", id)).isEqualTo(1);

        String token = realm.login(invitee).accessToken();
        List<Integer> accepted = copies(() -> realm.http().post(realm.api("/me/invitations/" + id + "/accept")).bearer(token)
                .send().status());
        assertThat(accepted).as(accepted.toString()).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(webhookMessages("organizationInvitation.accepted", id)).isEqualTo(1);
        assertThat(webhookMessages("organizationMembership.created", inviteeId)).isEqualTo(1);
    }

    /** Messages of this test class's endpoint of one type whose payload names {@code value} (an id, a name). */
    private static long webhookMessages(String type, String value) {
        return rows.count("SELECT COUNT(*) FROM ORGKIT_WEBHOOK_DELIVERY WHERE ENDPOINT_ID = ? AND EVENT_TYPE = ? AND PAYLOAD LIKE ?",
                endpointId, type, "%\"" + value + "\"%");
    }

    private static List<JsonNode> auditEntries(String orgId, String action, String targetId) {
        String query = "/orgkit/audit-log?action=" + action + "&max=100" + (orgId == null ? "" : "&organization=" + orgId);
        JsonNode entries = realm.admin().get(realm.adminPath(query)).expect(200).json();
        List<JsonNode> matching = new ArrayList<>();
        entries.forEach(e -> {
            if (e.path("target").path("id").asText().equals(targetId)) {
                matching.add(e);
            }
        });
        return matching;
    }

    /** A Standard Webhooks signature ({@code v1,<base64 HMAC-SHA256 of id.timestamp.body>}) of a delivery with a secret. */
    private static String sign(String secret, WebhookReceiver.Delivery delivery) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String content = delivery.header("webhook-id") + "." + delivery.header("webhook-timestamp") + "." + delivery.body();
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static String invite(Org org, String email) {
        return realm.http().post(realm.api("/organizations/" + org.slug + "/invitations")).bearer(org.ownerToken)
                .json(Map.of("email", email, "role", "org:member")).send().expect(201).json().path("id").asText();
    }

    private static List<Integer> copies(Callable<Integer> call) throws Exception {
        return Race.copies(COPIES, call);
    }

    private record Org(String id, String slug, String owner, String ownerToken) {
        static Org create() {
            String owner = realm.createUserAndReturnName();
            String slug = TestRealm.unique("dupc");
            String id = realm.createOrganization(slug, slug, owner).path("id").asText();
            return new Org(id, slug, owner, realm.login(owner).accessToken());
        }

        String ownerId() {
            return realm.admin().userId(realm.name(), owner);
        }
    }
}
