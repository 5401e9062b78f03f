package dev.orgkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.orgkit.it.support.ClerkReceiver;
import dev.orgkit.it.support.ClerkTypes;
import dev.orgkit.it.support.ClerkTypes.Payload;
import dev.orgkit.it.support.TestRealm;
import dev.orgkit.it.support.WebhookReceiver;
import dev.orgkit.it.support.WebhookReceiver.Delivery;
import dev.orgkit.it.support.Webhooks;

/**
 * Every organization-side webhook type, driven through orgkit's API, as Clerk's published types and
 * a receiver written from Clerk's docs see it: each captured body compiles against
 * {@code WebhookEvent} of {@code @clerk/backend} ({@link ClerkTypes}), and {@code clerk-receiver.mjs}
 * (svix, a switch on {@code evt.type}) reads {@code data.organization.id},
 * {@code data.public_user_data.user_id} and the rest from the same events.
 */
class ClerkPayloadsIT {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final List<String> TYPES = List.of("organization.created", "organization.updated", "organization.deleted",
            "organizationMembership.created", "organizationMembership.updated", "organizationMembership.deleted",
            "organizationInvitation.created", "organizationInvitation.revoked", "organizationInvitation.accepted",
            "organizationDomain.created", "organizationDomain.updated", "organizationDomain.deleted");
    private static final List<String> CATALOG_TYPES = List.of("role.created", "role.updated", "role.deleted",
            "permission.created", "permission.updated", "permission.deleted");

    @RegisterExtension
    static final TestRealm realm = TestRealm.demo();

    private static WebhookReceiver receiver;
    private static ClerkReceiver clerk;

    @BeforeAll
    static void setUp() {
        receiver = new WebhookReceiver();
        Webhooks webhooks = new Webhooks(realm);
        List<String> all = new java.util.ArrayList<>(TYPES);
        all.addAll(CATALOG_TYPES);
        webhooks.create(Map.of("url", receiver.url("/all"), "event_types", all));
        int port = ClerkReceiver.freePort();
        JsonNode endpoint = webhooks.create(Map.of("url", ClerkReceiver.url(port), "event_types", all, "header_style", "svix",
                "description", "a receiver written from Clerk's docs"));
        clerk = new ClerkReceiver(port, endpoint.path("secret").asText());
    }

    @AfterAll
    static void tearDown() {
        if (clerk != null) {
            clerk.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void everyOrganizationEventIsClerksTypeAndAClerkHandlerReadsIt() {
        String owner = realm.createUserAndReturnName();
        String ownerToken = realm.login(owner).accessToken();
        String member = realm.createUserAndReturnName();
        String memberId = realm.admin().userId(realm.name(), member);
        String invitee = realm.createUserAndReturnName();
        String slug = TestRealm.unique("clerk");
        JsonNode org = realm.admin().post(realm.adminPath("/orgkit/organizations"), Map.of("name", "Clerk " + slug, "slug", slug,
                "owner", owner, "public_metadata", Map.of("plan", "pro", "limits", Map.of("seats", 5)))).expect(201).json();
        String id = org.path("id").asText();
        String orgPath = realm.api("/organizations/" + id);

        realm.http().patch(orgPath).bearer(ownerToken).json(Map.of("name", "Clerk renamed " + slug)).send().expect(200);
        realm.addMember(id, member, "org:member");
        realm.http().patch(orgPath + "/members/" + memberId).bearer(ownerToken).json(Map.of("role", "org:admin")).send().expect(200);
        realm.http().patch(orgPath + "/members/" + memberId).bearer(ownerToken).json(Map.of("public_metadata", Map.of("team", "a")))
                .send().expect(200);
        String revoked = realm.http().post(orgPath + "/invitations").bearer(ownerToken)
                .json(Map.of("email_address", TestRealm.unique("gone") + "@example.com", "role", "org:member")).send().expect(201)
                .json().path("id").asText();
        realm.http().delete(orgPath + "/invitations/" + revoked).bearer(ownerToken).send().expect(200);
        String accepted = realm.http().post(orgPath + "/invitations").bearer(ownerToken)
                .json(Map.of("email_address", invitee + "@example.com", "role", "org:member", "public_metadata", Map.of("via", "invite")))
                .send().expect(201).json().path("id").asText();
        realm.http().post(realm.api("/me/invitations/" + accepted + "/accept")).bearer(realm.login(invitee).accessToken()).send()
                .expect(200);
        String domain = TestRealm.unique("clerk") + ".example.com";
        String domainId = realm.http().post(orgPath + "/domains").bearer(ownerToken)
                .json(Map.of("name", domain, "enrollment_mode", "manual_invitation")).send().expect(201).json().path("id").asText();
        realm.http().patch(orgPath + "/domains/" + domain).bearer(ownerToken).json(Map.of("enrollment_mode", "automatic_suggestion"))
                .send().expect(200);
        realm.http().delete(orgPath + "/domains/" + domain).bearer(ownerToken).send().expect(204);
        realm.http().delete(orgPath + "/members/" + memberId).bearer(ownerToken).send().expect(204);
        realm.admin().delete(realm.adminPath("/orgkit/organizations/" + id)).expect(204);

        receiver.await("organization.deleted", d -> "organization.deleted".equals(d.type()) && id.equals(d.data().path("id").asText()),
                WAIT);
        List<Delivery> mine = receiver.deliveries().stream()
                .filter(d -> concerns(d, id) || domainId.equals(d.data().path("id").asText())).toList();
        Set<String> seen = new LinkedHashSet<>();
        mine.forEach(d -> seen.add(d.type()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(TYPES);

        ClerkTypes.assertAccepted("organization-events", mine.stream().map(Payload::of).toList());

        JsonNode joined = clerkRead("organizationMembership.created", line -> memberId.equals(line.path("user_id").asText()));
        assertThat(joined.path("org_id").asText()).isEqualTo(id);
        assertThat(joined.path("org_slug").asText()).isEqualTo(slug);
        assertThat(joined.path("identifier").asText()).isEqualTo(member + "@example.com");
        assertThat(clerkRead("organizationMembership.updated", line -> memberId.equals(line.path("user_id").asText()))
                .path("role").asText()).isEqualTo("org:admin");
        assertThat(clerkRead("organization.created", line -> id.equals(line.path("id").asText())).path("plan").asText())
                .isEqualTo("pro");
        assertThat(clerkRead("organization.deleted", line -> id.equals(line.path("id").asText())).path("deleted").asBoolean())
                .isTrue();
        assertThat(clerkRead("organizationInvitation.accepted", line -> accepted.equals(line.path("id").asText()))
                .path("email").asText()).isEqualTo(invitee + "@example.com");
        assertThat(clerkRead("organizationDomain.created", line -> id.equals(line.path("org_id").asText())).path("name").asText())
                .isEqualTo(domain);
        assertThat(clerk.lines()).noneMatch(line -> line.has("error") || line.path("unhandled").asBoolean());
    }

    @Test
    void everyCatalogEventIsClerksTypeAndAClerkHandlerReadsIt() {
        String feature = TestRealm.unique("clerk").replace("-", "_");
        String read = "org:" + feature + ":read";
        String write = "org:" + feature + ":write";
        String role = "org:" + feature + "_editor";
        realm.admin().put(catalog("/permissions/" + read), Map.of("description", "Read")).expect(201);
        realm.admin().put(catalog("/permissions/" + write), Map.of("description", "Write")).expect(201);
        realm.admin().put(catalog("/permissions/" + write), Map.of("description", "Write it")).expect(200);
        realm.admin().put(catalog("/roles/" + role), Map.of("description", "Edits", "permissions", List.of(read))).expect(201);
        realm.admin().put(catalog("/roles/" + role), Map.of("description", "Edits", "permissions", List.of(read, write))).expect(200);
        realm.admin().delete(catalog("/permissions/" + write)).expect(204);
        realm.admin().delete(catalog("/roles/" + role)).expect(204);

        receiver.await("role.deleted", d -> "role.deleted".equals(d.type()) && role.equals(d.data().path("key").asText()), WAIT);
        List<Delivery> mine = receiver.deliveries().stream()
                .filter(d -> CATALOG_TYPES.contains(d.type()) && d.data().path("key").asText().startsWith("org:" + feature))
                .toList();
        assertThat(mine.stream().map(Delivery::type).toList()).containsExactly("permission.created", "permission.created",
                "permission.updated", "role.created", "role.updated", "role.updated", "permission.deleted", "role.deleted");

        ClerkTypes.assertAccepted("catalog-events", mine.stream().map(Payload::of).toList());

        JsonNode updated = clerkRead("role.updated", line -> role.equals(line.path("key").asText())
                && line.path("permissions").size() == 2);
        assertThat(updated.path("permissions").toString()).contains(read, write);
        assertThat(clerkRead("permission.deleted", line -> write.equals(line.path("key").asText())).path("key").asText())
                .isEqualTo(write);
    }

    private static String catalog(String suffix) {
        return realm.adminPath("/orgkit" + suffix);
    }

    @Test
    void theTypeCheckRefusesABodyThatLacksOneOfClerksRequiredFields() {
        String owner = realm.createUserAndReturnName();
        String id = realm.createOrganization("Refused " + owner, null, owner).path("id").asText();
        Delivery created = receiver.await("organization.created", d -> "organization.created".equals(d.type())
                && id.equals(d.data().path("id").asText()), WAIT);
        String withoutCreatedAt = created.body().replaceFirst("\"created_at\":\\d+,", "");
        assertThat(withoutCreatedAt).isNotEqualTo(created.body());

        ClerkTypes.Result result = ClerkTypes.check("organization-refused", List.of(Payload.of(created),
                new Payload("without created_at", created.type(), withoutCreatedAt)));

        assertThat(result.accepted(Payload.of(created).name())).as(result.output()).isTrue();
        assertThat(result.accepted("without created_at")).as(result.output()).isFalse();
    }

    private static boolean concerns(Delivery d, String orgId) {
        JsonNode data = d.data();
        return orgId.equals(data.path("id").asText()) || orgId.equals(data.path("organization_id").asText())
                || orgId.equals(data.path("organization").path("id").asText());
    }

    private static JsonNode clerkRead(String type, Predicate<JsonNode> filter) {
        return clerk.await(type + " at the Clerk receiver", line -> type.equals(line.path("type").asText()) && filter.test(line), WAIT);
    }
}
